// Form controls with labels and an error line each; an error line is tied to its control by aria-describedby.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) {
      node.setAttribute(name, '');
    } else if (value !== false && value !== undefined && value !== null) {
      node.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

/** The error line for a configuration field; validation fills it. */
export const errorLine = (field) => el('p', { id: `error-${field}`, class: 'error', 'data-field': field });

export function textField({ field, label, value, hint, multiline = false, onInput }) {
  const attributes = { id: field, name: field, 'aria-describedby': `error-${field}${hint ? ` hint-${field}` : ''}` };
  const input = multiline ? el('textarea', attributes) : el('input', { ...attributes, type: 'text', autocomplete: 'off' });
  input.value = value;
  input.addEventListener('input', () => onInput(input.value));
  return el('div', {}, el('label', { for: field }, label), hint ? el('small', { id: `hint-${field}`, class: 'hint' }, hint) : null,
    input, errorLine(field));
}

/** A group of radio buttons or check boxes in a fieldset whose legend names it. */
export function choiceGroup({ field, legend, type, options, checked, disabled = () => false, describe = () => '', onChange }) {
  const group = el('fieldset', { id: `group-${field}`, 'aria-describedby': `error-${field}` }, el('legend', {}, legend));
  for (const option of options) {
    const id = `${field}-${option.id}`;
    const input = el('input', { type, id, name: field, value: option.id, checked: checked(option.id),
      disabled: disabled(option.id) });
    input.addEventListener('change', () => onChange(option.id, input.checked));
    const note = describe(option);
    group.append(el('div', { class: 'choice' }, input,
      el('label', { for: id }, option.label ?? option.name, note ? el('small', {}, note) : null)));
  }
  group.append(errorLine(field));
  return group;
}

export function selectField({ field, label, options, value, onChange }) {
  const select = el('select', { id: field, name: field, 'aria-describedby': `error-${field}` },
    options.map((o) => el('option', { value: o.id, selected: o.id === value }, o.label)));
  select.addEventListener('change', () => onChange(select.value));
  return el('div', {}, el('label', { for: field }, label), select, errorLine(field));
}

/** Shows these violations under their fields; clears every other error line. Answers how many were shown. */
export function showViolations(root, violations) {
  let shown = 0;
  for (const line of root.querySelectorAll('.error[data-field]')) {
    const field = line.dataset.field;
    const mine = violations.filter((v) => v.severity === 'error' && topField(v.field) === field);
    line.textContent = mine.map((v) => v.message).join(' ');
    const control = root.querySelector(`#${field}`) ?? root.querySelector(`#group-${field}`);
    if (control) {
      control.setAttribute('aria-invalid', mine.length > 0 ? 'true' : 'false');
    }
    shown += mine.length;
  }
  return shown;
}

/** The configuration field a violation's path starts with: {@code options.includeCI} → {@code options}. */
export const topField = (path) => path.split(/[.[]/)[0];
