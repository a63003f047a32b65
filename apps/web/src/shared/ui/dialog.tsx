import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: ReactNode;
  /** Called when the user closes it (Esc); the owner sets `open` to false. */
  onClose: () => void;
  children: ReactNode;
  /** Id of the element to focus on close when the opener is gone (e.g. a removed row's button). */
  fallbackFocusId?: string;
}

/**
 * A modal dialog on the native <dialog> element: the browser keeps focus
 * inside, makes the page behind inert and closes it on Esc. Focus returns to
 * whatever had it before (usually the button that opened it).
 */
export function Dialog({ open, title, onClose, children, fallbackFocusId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      const opener = returnFocus.current;
      if (opener?.isConnected) opener.focus();
      else if (fallbackFocusId) document.getElementById(fallbackFocusId)?.focus();
    }
  }, [open, fallbackFocusId]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // The owner decides (it may be busy saving); the dialog follows `open`.
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        // Closed by the browser itself (a repeated Esc is not cancellable): tell the owner.
        if (open) onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {open ? children : null}
    </dialog>
  );
}
