import { useEffect, useRef } from 'react';

const SHORTCUTS: [string, string][] = [
  ['Space or Enter', 'Show the answer (then: rate as suggested, or Good)'],
  ['1 2 3 4', 'Again, Hard, Good, Easy (before the answer, in a multiple choice: pick an option)'],
  ['Z or Ctrl+Z', 'Undo this session’s last answer, suspend or edit'],
  ['Shift+Z or Ctrl+Y', 'Redo what was undone'],
  ['E', 'Edit this card'],
  ['S', 'Suspend this card'],
  ['Alt+↑ / Alt+↓', 'Move an event in a timeline'],
  ['Esc', 'Leave the session'],
  ['?', 'Show or hide this sheet'],
];

/** Every study shortcut in one modal dialog; Esc or ? closes it. */
export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="sheet"
      aria-labelledby="sheet-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="sheet-title">Keyboard shortcuts</h2>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map(([key, what]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
