// Step 7: optionally create the chat-session table in Notion or Airtable. The token goes to the server with that
// one request and is not kept, here or there.
import { provision } from './api.js';
import { choiceGroup, el, textField } from './fields.js';

const SERVICES = [{ id: 'none', label: 'Skip this step' }, { id: 'notion', label: 'Notion database' },
  { id: 'airtable', label: 'Airtable table' }];

export const integrationStep = {
  title: 'Notion or Airtable (optional)',
  fields: [],
  render(ctx) {
    const form = ctx.integration;
    const details = el('div', { id: 'integration-details' });
    const draw = () => {
      details.replaceChildren();
      if (form.service === 'none') {
        return;
      }
      const target = form.service === 'notion' ? ['parentPageId', 'Notion page id or URL']
        : ['baseId', 'Airtable base id (app…)'];
      details.append(
        el('label', { for: 'token' }, `${form.service === 'notion' ? 'Notion' : 'Airtable'} token`),
        el('small', { class: 'hint', id: 'hint-token' }, 'Used for this request only; never stored.'),
        tokenInput(form),
        textField({ field: target[0], label: target[1], value: form.target, onInput: (v) => { form.target = v; } }),
        el('button', { type: 'button', id: 'provision' }, 'Create it'));
      details.querySelector('#provision').addEventListener('click', () => create(ctx, target[0]));
    };
    draw();
    return el('div', {},
      choiceGroup({ field: 'service', legend: 'Create the chat-session table in', type: 'radio', options: SERVICES,
        checked: (id) => id === form.service, onChange: (id) => { form.service = id; form.token = ''; draw(); } }),
      details, el('p', { id: 'error-Authorization', class: 'error', 'data-field': 'Authorization' }));
  },
};

function tokenInput(form) {
  const input = el('input', { type: 'password', id: 'token', autocomplete: 'off', 'aria-describedby': 'hint-token' });
  input.value = form.token;
  input.addEventListener('input', () => { form.token = input.value; });
  return input;
}

async function create(ctx, targetField) {
  const form = ctx.integration;
  const body = { configuration: ctx.configuration(), [targetField]: form.target };
  try {
    ctx.status('Creating…');
    ctx.provisioned = await provision(form.service, form.token, body);
    ctx.status(`${ctx.provisioned.created ? 'Created' : 'Found'}: ${ctx.provisioned.url}`);
  } catch (error) {
    ctx.status(error.message);
  } finally {
    // The token is forgotten after each request: re-enter it to try again.
    form.token = '';
    document.getElementById('token').value = '';
  }
}
