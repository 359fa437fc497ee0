package dev.csmb.cli.wizard;

/** The nine steps of {@code csmb new}, in order; {@link #SETTINGS} is passed over for a platform without settings. */
public enum Step {
    PLATFORM("Platform", "Choose the platform your bot runs on."),
    SETTINGS("Platform settings", "Choose the platform's settings; each starts at its default."),
    PRIORITIES("Priorities", "Choose 2 to 4 priorities; the platform's recommended ones are marked."),
    FEATURES("Features", "Choose up to 8 features; the ones this platform lacks are shown disabled."),
    PROJECT("Team and project", "Name the project, describe it, and say who builds it."),
    REVIEW("Review", "Check the configuration and the files that will be generated."),
    GENERATE("Generate", "Write the project. Nothing is written before you press Enter here."),
    PROVISION("Auto-setup", "Optionally create the \"Chat Sessions\" table in Notion or Airtable."),
    COMPLETE("Complete", "Your project is ready.");

    private final String title;
    private final String intro;

    Step(String title, String intro) {
        this.title = title;
        this.intro = intro;
    }

    /** The step's short name, for the indicator. */
    public String title() {
        return title;
    }

    /** One line saying what to do at this step. */
    public String intro() {
        return intro;
    }

    /**
     * "Step 4 of 9 — Features" (with a plain hyphen when the terminal cannot be trusted with the dash). A platform
     * without settings has no settings step: the steps after it are counted as if it were not there ("3 of 8").
     */
    public String indicator(boolean plain, boolean withSettings) {
        boolean skipped = !withSettings && ordinal() > SETTINGS.ordinal();
        int number = ordinal() + 1 - (skipped ? 1 : 0);
        int total = values().length - (withSettings ? 0 : 1);
        return "Step " + number + " of " + total + (plain ? " - " : " \u2014 ") + title;
    }

    /** The step after this one (the last step is its own next). */
    public Step next() {
        return this == COMPLETE ? this : values()[ordinal() + 1];
    }

    /** The step before this one (the first step is its own previous). */
    public Step previous() {
        return this == PLATFORM ? this : values()[ordinal() - 1];
    }
}
