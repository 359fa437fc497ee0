// The wizard: one form, one step at a time. Answers live in memory, so Back and Next keep them; problems are
// asked from the server as the user types and shown under the field they concern.
import * as api from './api.js';
import { newAnswers, toConfiguration, choosePlatform } from './answers.js';
import { el, showViolations, topField } from './fields.js';
import { STEPS } from './steps.js';

const form = document.getElementById('wizard');
const heading = document.getElementById('step-heading');
const body = document.getElementById('step-body');
const statusLine = document.getElementById('status');
const back = document.getElementById('back');
const next = document.getElementById('next');
const progress = document.getElementById('progress');

let index = 0;
let timer = null;
let generatedFor = null;

const ctx = {
  answers: newAnswers(),
  catalog: null,
  solution: null,
  provisioned: null,
  integration: { service: 'none', token: '', target: '' },
  platform: () => ctx.catalog.platforms.find((p) => p.id === ctx.answers.platform),
  configuration: () => toConfiguration(ctx.answers, ctx.platform()),
  status: (text) => { statusLine.textContent = text; },
  changed: () => {
    drawProgress();
    clearTimeout(timer);
    timer = setTimeout(() => check(false), 250);
  },
  async generate() {
    const config = JSON.stringify(ctx.configuration());
    if (generatedFor !== config) {
      ctx.solution = await api.generate(ctx.configuration());
      generatedFor = config;
      ctx.provisioned = null;
    }
  },
};

/** Asks the server for problems; shows those of the current step's fields. Answers whether the step is clean. */
async function check(all) {
  const fields = STEPS[index].fields;
  if (fields.length === 0) {
    return true;
  }
  const result = await api.validate(ctx.configuration());
  const mine = result.violations.filter((v) => fields.includes(topField(v.field)));
  const touched = all ? mine : mine.filter((v) => touchedFields.has(topField(v.field)));
  showViolations(body, touched);
  return mine.every((v) => v.severity !== 'error');
}

const touchedFields = new Set();
form.addEventListener('input', (event) => touchedFields.add(event.target.name));
form.addEventListener('change', (event) => touchedFields.add(event.target.name));

/** The steps this configuration has: a step with `shown(ctx)` false (settings, for a platform without) is passed over. */
const shownSteps = () => STEPS.filter((s) => !s.shown || s.shown(ctx));

/** The index of the next (or previous) shown step after `from`. */
function neighbour(from, direction) {
  let to = from + direction;
  while (STEPS[to] && STEPS[to].shown && !STEPS[to].shown(ctx)) {
    to += direction;
  }
  return to;
}

/** The heading's count and the progress list; choosing another platform can add or remove the settings step. */
function drawProgress() {
  const step = STEPS[index];
  const steps = shownSteps();
  heading.textContent = `Step ${steps.indexOf(step) + 1} of ${steps.length}: ${step.title}`;
  progress.replaceChildren(...steps.map((s) => el('li', { 'aria-current': s === step ? 'step' : false }, s.title)));
}

function draw() {
  const step = STEPS[index];
  drawProgress();
  document.title = `${step.title} · csmb`;
  body.replaceChildren(step.render(ctx));
  back.disabled = index === 0;
  next.textContent = index === STEPS.length - 1 ? 'Start over' : 'Next';
  heading.focus();
}

async function go(to) {
  ctx.status('');
  try {
    if (STEPS[to].enter) {
      ctx.status('Working…');
      await STEPS[to].enter(ctx);
      ctx.status('');
    }
    index = to;
    draw();
  } catch (error) {
    ctx.status(error.message);
    if (error.problem && error.problem.violations) {
      showViolations(body, error.problem.violations);
    }
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (index === STEPS.length - 1) {
    window.location.reload();
    return;
  }
  if (!(await check(true))) {
    ctx.status('Please correct the fields marked above.');
    const invalid = body.querySelector('[aria-invalid="true"]');
    (invalid?.matches('fieldset') ? invalid.querySelector('input:not([disabled])') : invalid)?.focus();
    return;
  }
  await go(neighbour(index, 1));
});

back.addEventListener('click', () => go(neighbour(index, -1)));

async function start() {
  try {
    ctx.catalog = await api.platforms();
  } catch (error) {
    heading.textContent = 'The csmb server cannot be reached';
    ctx.status(error.message);
    return;
  }
  if (ctx.catalog.platforms.length === 0) {
    heading.textContent = 'No platforms are installed on this server';
    return;
  }
  choosePlatform(ctx.answers, ctx.catalog.platforms[0]);
  draw();
}

start();
