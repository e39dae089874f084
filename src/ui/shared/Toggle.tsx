import type { ComponentChildren } from 'preact';

/** A labelled checkbox that switches something on or off; `onChange` gets the new state. */
export function Toggle({
  checked,
  onChange,
  testid,
  children,
}: {
  checked: boolean;
  onChange: (on: boolean) => void;
  testid?: string;
  children: ComponentChildren;
}) {
  return (
    <label class="toggle">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
        data-testid={testid}
      />
      {children}
    </label>
  );
}
