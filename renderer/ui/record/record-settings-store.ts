/**
 * Whether the "Clinic details and texts" dialog is open: one tiny external store, so the plan
 * details panel and the Export PDF dialog can both open it without a shared React parent.
 */
type Listener = () => void;

let open = false;
const listeners = new Set<Listener>();

export const recordSettings = {
  isOpen: (): boolean => open,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  setOpen(next: boolean): void {
    if (open === next) return;
    open = next;
    for (const l of listeners) l();
  },
};
