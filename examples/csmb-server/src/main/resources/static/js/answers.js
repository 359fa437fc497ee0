// What the user answered so far. Steps read and write it; going back and forward never loses it.

export function newAnswers() {
  return {
    platform: '',
    projectName: '',
    description: '',
    priorities: [],
    features: [],
    teamSize: 'solo',
    complexity: '',
    options: { includeTests: true, includeDocumentation: true, includeDocker: true, includeCI: true },
    settings: {},
    sessionSink: 'none',
  };
}

/** The configuration as the API (and csmb.json) takes it. */
export function toConfiguration(answers, platform) {
  const config = {
    platform: answers.platform,
    priorities: answers.priorities,
    features: answers.features,
    teamSize: answers.teamSize,
    complexity: answers.complexity,
    projectName: answers.projectName,
    description: answers.description,
    options: { ...answers.options },
    allowDowngrades: false,
    sessionSink: answers.sessionSink,
  };
  // Platform settings are sent only for platforms that declare some.
  if (platform && platform.settings.length > 0) {
    config.settings = { ...answers.settings };
  }
  return config;
}

/** Applies a platform's defaults the first time it is chosen; the settings of the platform left behind are dropped. */
export function choosePlatform(answers, platform) {
  if (answers.platform === platform.id) {
    return;
  }
  answers.platform = platform.id;
  answers.priorities = platform.defaultPriorities.map((p) => p.id);
  const supported = new Set(platform.supportedFeatures.map((f) => f.id));
  answers.features = answers.features.filter((f) => supported.has(f));
  answers.complexity = platform.complexity;
  answers.settings = Object.fromEntries(platform.settings.map((s) => [s.name, s.defaultValue]));
}
