package dev.csmb.integrations.airtable;

/** Airtable Web API answers, as its reference documents them, for the fake server. */
final class AirtableJson {

    static final String BASE = "appABCDEFGHIJKLMN";
    static final String NEW_BASE = "appNEWBASE0000001";
    static final String WORKSPACE = "wspABCDEFGHIJKLMN";
    static final String TABLE = "tblCHATSESSIONS01";

    private AirtableJson() {
    }

    static String tables(String... tables) {
        return "{\"tables\":[" + String.join(",", tables) + "]}";
    }

    static String otherTable() {
        return "{\"id\":\"tblLEADS000000001\",\"name\":\"Leads\",\"primaryFieldId\":\"fldL1\",\"fields\":["
                + "{\"id\":\"fldL1\",\"name\":\"Name\",\"type\":\"singleLineText\"}],\"views\":[]}";
    }

    static String chatSessions() {
        return """
                {"id":"%s","name":"Chat Sessions","primaryFieldId":"fld01","views":[],"fields":[
                  {"id":"fld01","name":"Session","type":"singleLineText"},
                  {"id":"fld02","name":"Platform","type":"singleSelect","options":{"choices":[]}},
                  {"id":"fld03","name":"Status","type":"singleSelect","options":{"choices":[]}},
                  {"id":"fld04","name":"User","type":"singleLineText"},
                  {"id":"fld05","name":"Started","type":"dateTime","options":{}},
                  {"id":"fld06","name":"Last Activity","type":"dateTime","options":{}},
                  {"id":"fld07","name":"Summary","type":"multilineText"},
                  {"id":"fld08","name":"Messages","type":"number","options":{"precision":0}},
                  {"id":"fld09","name":"Duration","type":"duration","options":{}},
                  {"id":"fld10","name":"Tags","type":"multipleSelects","options":{"choices":[]}},
                  {"id":"fld11","name":"Follow-up","type":"date","options":{}},
                  {"id":"fld12","name":"Scope","type":"singleSelect","options":{"choices":[]}}
                ]}""".formatted(TABLE);
    }

    /** A hand-made table: primary "Name", Started as a created-time field, Messages as text, no Summary or Tags. */
    static String handMadeTable() {
        return """
                {"id":"%s","name":"chat sessions","primaryFieldId":"fldA","views":[],"fields":[
                  {"id":"fldA","name":"Name","type":"singleLineText"},
                  {"id":"fldB","name":"Platform","type":"singleSelect","options":{"choices":[]}},
                  {"id":"fldC","name":"Status","type":"singleSelect","options":{"choices":[]}},
                  {"id":"fldD","name":"User","type":"multilineText"},
                  {"id":"fldE","name":"Started","type":"createdTime","options":{}},
                  {"id":"fldF","name":"Last Activity","type":"lastModifiedTime","options":{}},
                  {"id":"fldG","name":"Messages","type":"singleLineText"},
                  {"id":"fldH","name":"Duration","type":"number","options":{"precision":0}},
                  {"id":"fldI","name":"Follow-up","type":"dateTime","options":{}},
                  {"id":"fldJ","name":"Scope","type":"singleSelect","options":{"choices":[]}}
                ]}""".formatted(TABLE);
    }

    static String record() {
        return "{\"records\":[{\"id\":\"recSAMPLE00000001\",\"createdTime\":\"2026-01-01T12:00:00.000Z\","
                + "\"fields\":{}}]}";
    }

    /** The table body for the minimal configuration, written out by hand from Airtable's field model reference. */
    static String minimalTableBody() {
        String dateTime = "{\"dateFormat\":{\"name\":\"iso\"},\"timeFormat\":{\"name\":\"24hour\"},\"timeZone\":\"utc\"}";
        return """
                {"name":"Chat Sessions","fields":[
                  {"name":"Session","type":"singleLineText"},
                  {"name":"Platform","type":"singleSelect","options":{"choices":[{"name":"cli-interface"}]}},
                  {"name":"Status","type":"singleSelect","options":{"choices":[{"name":"active"},{"name":"paused"},
                                                                             {"name":"completed"},{"name":"archived"}]}},
                  {"name":"User","type":"singleLineText"},
                  {"name":"Started","type":"dateTime","options":%1$s},
                  {"name":"Last Activity","type":"dateTime","options":%1$s},
                  {"name":"Summary","type":"multilineText"},
                  {"name":"Messages","type":"number","options":{"precision":0}},
                  {"name":"Duration","type":"duration","options":{"durationFormat":"h:mm:ss"}},
                  {"name":"Tags","type":"multipleSelects","options":{"choices":[{"name":"question"},{"name":"feedback"},
                                                                              {"name":"bug"},{"name":"follow-up"}]}},
                  {"name":"Follow-up","type":"date","options":{"dateFormat":{"name":"iso"}}},
                  {"name":"Scope","type":"singleSelect","options":{"choices":[{"name":"user"},{"name":"channel"}]}}
                ]}""".formatted(dateTime);
    }
}
