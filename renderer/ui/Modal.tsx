/**
 * A modal dialog on the native <dialog> element: the browser traps focus, makes the page
 * behind inert and turns Esc into a cancel, which we route to `onCancel`.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function Modal(props: { readonly title: string; readonly onCancel: () => void; readonly children: ReactNode; readonly className?: string; readonly testId?: string; readonly role?: 'dialog' | 'alertdialog' }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${props.className ?? ''}`}
      aria-labelledby="modal-title"
      role={props.role}
      data-testid={props.testId}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="modal-title">{props.title}</h2>
      {props.children}
    </dialog>
  );
}
