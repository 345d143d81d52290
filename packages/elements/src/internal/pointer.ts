/**
 * Whether a pointer is pressed anywhere in the document, and a way to act once it is released.
 *
 * A field that shows its error when focus leaves it grows, and moves what is below it. When focus
 * left because the person pressed a button below (mousedown moves focus), the button moves away
 * before mouseup, and the click is lost: "Continue" does nothing. So the error waits until the
 * press is over and its click has been delivered.
 */
let pressed = false;
let watching = false;
const waiting = new Set<() => void>();

/** Starts noticing presses (call from a constructor: before the first press matters). */
export function watchPointer(): void {
  if (watching) return;
  watching = true;
  document.addEventListener('pointerdown', () => (pressed = true), { capture: true });
  const release = () => {
    pressed = false;
    // After the click that follows pointerup in the same task.
    setTimeout(() => {
      const callbacks = [...waiting];
      waiting.clear();
      callbacks.forEach((callback) => callback());
    });
  };
  document.addEventListener('pointerup', release, { capture: true });
  document.addEventListener('pointercancel', release, { capture: true });
}

/** Runs `callback` now, or, while a pointer is pressed, once the press and its click are over. */
export function afterPointerRelease(callback: () => void): void {
  if (!pressed) return callback();
  waiting.add(callback);
}
