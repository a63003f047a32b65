/** Icons that repeat what the text beside them says (never the only signal); hidden from screen readers. */
export type StatusIconKind = 'warning' | 'error' | 'success' | 'info';

const PATHS: Record<StatusIconKind, string> = {
  // triangle with an exclamation mark
  warning: 'M8 1.5 15 14H1L8 1.5Zm-.75 4.5v4h1.5V6h-1.5Zm0 5v1.5h1.5V11h-1.5Z',
  // circle with a cross
  error:
    'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-2.47 3.47L4.47 5.53 6.94 8l-2.47 2.47 1.06 1.06L8 9.06l2.47 2.47 1.06-1.06L9.06 8l2.47-2.47-1.06-1.06L8 6.94 5.53 4.47Z',
  // circle with a tick
  success:
    'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm3.03 4.47L7 9.5 4.97 7.47 3.91 8.53 7 11.62l5.09-5.09-1.06-1.06Z',
  // circle with an i
  info: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-.75 6v5h1.5V7h-1.5Zm0-3v1.5h1.5V4h-1.5Z',
};

export function StatusIcon({ kind }: { kind: StatusIconKind }) {
  return (
    <svg
      className={`status-icon status-icon--${kind}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" fillRule="evenodd" d={PATHS[kind]} />
    </svg>
  );
}
