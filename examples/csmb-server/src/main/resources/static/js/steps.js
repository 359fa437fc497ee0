// The steps. Each names the configuration fields it asks for (their problems show under them) and draws itself
// from the platforms the API lists, so a platform added on the server appears with no change here. A step with
// `shown(ctx)` false is passed over (the settings step, for a platform without settings).
import { choosePlatform } from './answers.js';
import { choiceGroup, el, errorLine, selectField, textField } from './fields.js';
import { integrationStep } from './integration-step.js';

const toggle = (list, id, on) => (on ? [...new Set([...list, id])] : list.filter((x) => x !== id));

const platformStep = {
  title: 'Platform and project',
  fields: ['platform', 'projectName', 'description'],
  render(ctx) {
    const { answers, catalog } = ctx;
    return el('div', {},
      choiceGroup({ field: 'platform', legend: 'Where will the bot talk to people?', type: 'radio',
        options: catalog.platforms, checked: (id) => id === answers.platform,
        describe: (p) => `${p.library} · ${p.estimatedTime} to set up. ${p.summary}`,
        onChange: (id) => { choosePlatform(answers, catalog.platforms.find((p) => p.id === id)); ctx.changed(); } }),
      textField({ field: 'projectName', label: 'Project name', value: answers.projectName,
        hint: '3 to 50 letters, digits, spaces, - or _', onInput: (v) => { answers.projectName = v; ctx.changed(); } }),
      textField({ field: 'description', label: 'What does the bot do?', value: answers.description, multiline: true,
        hint: '10 to 500 characters', onInput: (v) => { answers.description = v; ctx.changed(); } }));
  },
};

const settingsStep = {
  title: 'Platform settings',
  fields: ['settings'],
  shown: (ctx) => ctx.platform().settings.length > 0,
  render(ctx) {
    const { answers } = ctx;
    return el('div', {},
      ctx.platform().settings.map((s) => choiceGroup({ field: `setting-${s.name}`, legend: `${s.name}: ${s.description}`,
        type: 'radio', options: s.values.map((v) => ({ id: v.id, label: v.id, description: v.description })),
        checked: (id) => id === answers.settings[s.name],
        describe: (v) => (v.id === s.defaultValue ? `${v.description} (default)` : v.description),
        onChange: (id) => { answers.settings[s.name] = id; ctx.changed(); } })),
      errorLine('settings'));
  },
};

const prioritiesStep = {
  title: 'Priorities',
  fields: ['priorities'],
  render(ctx) {
    const { answers, catalog } = ctx;
    return choiceGroup({ field: 'priorities', legend: 'Choose two to four priorities', type: 'checkbox',
      options: catalog.priorities, checked: (id) => answers.priorities.includes(id),
      onChange: (id, on) => { answers.priorities = toggle(answers.priorities, id, on); ctx.changed(); } });
  },
};

const featuresStep = {
  title: 'Features',
  fields: ['features'],
  render(ctx) {
    const { answers, catalog } = ctx;
    const platform = ctx.platform();
    const supported = new Set(platform.supportedFeatures.map((f) => f.id));
    return choiceGroup({ field: 'features', legend: 'Choose up to eight features (optional)', type: 'checkbox',
      options: catalog.features, checked: (id) => answers.features.includes(id), disabled: (id) => !supported.has(id),
      describe: (f) => (supported.has(f.id) ? '' : `not available on ${platform.name}`),
      onChange: (id, on) => { answers.features = toggle(answers.features, id, on); ctx.changed(); } });
  },
};

const teamStep = {
  title: 'Team and complexity',
  fields: ['teamSize', 'complexity', 'options', 'sessionSink'],
  render(ctx) {
    const { answers, catalog } = ctx;
    const options = [['includeTests', 'Tests'], ['includeDocumentation', 'Documentation'], ['includeDocker', 'Dockerfile'],
      ['includeCI', 'CI workflow']].map(([id, label]) => ({ id, label }));
    return el('div', {},
      choiceGroup({ field: 'teamSize', legend: 'Who will work on it?', type: 'radio', options: catalog.teamSizes,
        checked: (id) => id === answers.teamSize, onChange: (id) => { answers.teamSize = id; ctx.changed(); } }),
      selectField({ field: 'complexity', label: 'Complexity', options: catalog.complexities, value: answers.complexity,
        onChange: (v) => { answers.complexity = v; ctx.changed(); } }),
      choiceGroup({ field: 'options', legend: 'Include', type: 'checkbox', options,
        checked: (id) => answers.options[id], onChange: (id, on) => { answers.options[id] = on; ctx.changed(); } }),
      choiceGroup({ field: 'sessionSink', legend: 'Also keep one row per chat session in', type: 'radio',
        options: catalog.sessionSinks, checked: (id) => id === answers.sessionSink,
        describe: (o) => (o.id === 'none' ? '' : `csmb provision (or the optional step after Generate) creates the table`),
        onChange: (id) => { answers.sessionSink = id; ctx.changed(); } }));
  },
};

const reviewStep = {
  title: 'Review',
  fields: [],
  async enter(ctx) {
    await ctx.generate();
  },
  render(ctx) {
    const { answers } = ctx;
    const solution = ctx.solution;
    const row = (term, value) => [el('dt', {}, term), el('dd', {}, value || '(none)')];
    const labels = (list, ids) => ids.map((id) => list.find((x) => x.id === id)?.label ?? id).join(', ');
    const { catalog } = ctx;
    return el('div', {},
      el('dl', { class: 'summary' },
        row('Platform', ctx.platform().name),
        ctx.platform().settings.length > 0 ? row('Settings', ctx.platform().settings
          .map((s) => `${s.name}: ${answers.settings[s.name]}`).join(', ')) : null,
        row('Project name', answers.projectName),
        row('Description', answers.description), row('Priorities', labels(catalog.priorities, answers.priorities)),
        row('Features', labels(catalog.features, answers.features)),
        row('Team', labels(catalog.teamSizes, [answers.teamSize])),
        row('Complexity', labels(catalog.complexities, [answers.complexity])),
        row('Session sink', labels(catalog.sessionSinks, [answers.sessionSink]))),
      solution ? [el('h3', { id: 'files-heading' }, `${solution.files.length} files will be generated`),
        el('ul', { class: 'files', 'aria-labelledby': 'files-heading', tabindex: 0 },
          solution.files.map((f) => el('li', {}, f.path)))] : null);
  },
};

const generateStep = {
  title: 'Generate',
  fields: [],
  render(ctx) {
    const s = ctx.solution;
    return el('div', {},
      el('p', { id: 'generated' }, `Generated ${s.files.length} files (${Math.ceil(s.totalSize / 1024)} KiB) for `,
        el('strong', {}, s.projectName), `. Setting it up takes about ${s.estimatedTime}.`),
      s.warnings.map((w) => el('p', { class: 'error' }, w.message)),
      el('a', { class: 'button', id: 'download', href: s.download, download: `${s.slug}.zip` }, `Download ${s.slug}.zip`),
      el('p', { class: 'hint' }, 'The next step can create the chat-session table in Notion or Airtable (optional).'));
  },
};

const completeStep = {
  title: 'Done: next steps',
  fields: [],
  render(ctx) {
    const s = ctx.solution;
    const steps = [`Unzip ${s.slug}.zip and go into the ${s.slug} folder`, ...s.setupSteps];
    return el('div', {},
      el('ol', { id: 'next-steps' }, steps.map((text) => el('li', {}, text))),
      ctx.provisioned ? [el('p', {}, 'Add these lines to the bot\'s .env:'), el('pre', {}, ctx.provisioned.envLines.join('\n'))] : null,
      el('a', { class: 'button', id: 'download-final', href: s.download, download: `${s.slug}.zip` }, `Download ${s.slug}.zip`));
  },
};

export const STEPS = [platformStep, settingsStep, prioritiesStep, featuresStep, teamStep, reviewStep, generateStep,
  integrationStep, completeStep];
