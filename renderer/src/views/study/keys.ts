const TEXT_INPUTS = new Set(['', 'text', 'search', 'email', 'url', 'number', 'password', 'tel']);

/** True when a key press belongs to a text field, not to the app's shortcuts (radios and checkboxes are not text). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && !target.readOnly && TEXT_INPUTS.has(target.getAttribute('type') ?? '');
}
