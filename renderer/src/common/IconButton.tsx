import './icon-button.css';
import { useEffect, useLayoutEffect, useRef, useState, type ButtonHTMLAttributes, type ReactNode, type Ref } from 'react';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'aria-label' | 'aria-disabled'> {
  /** The button's accessible name and the first line of its tooltip. */
  label: string;
  icon: ReactNode;
  /** The key as it is pressed ("N", "Ctrl+Z"), shown in the tooltip; aria-keyshortcuts says it to assistive technology. */
  shortcut?: string;
  /** Shows the label beside the icon too, for a toolbar's main action. */
  showLabel?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

const GAP = 6;
const EDGE = 4;

/** Hides the tooltip on show, so a second one (focus here, pointer there) replaces it. */
let hideShown: (() => void) | null = null;

/**
 * A button that shows an icon and says what it does in a tooltip, on hover
 * and on keyboard focus. A disabled one stays focusable (aria-disabled), so
 * its tooltip can still tell what it would do.
 */
export function IconButton({ label, icon, shortcut, showLabel, disabled, onClick, onKeyDown, onFocus, onBlur, onPointerEnter, onPointerLeave, onPointerDown, className, ref, ...rest }: Props) {
  const own = useRef<HTMLButtonElement | null>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const shownLabel = useRef<HTMLSpanElement>(null);
  const [shown, setShown] = useState(false);
  // A label in view says it already, unless there is a key to tell.
  const show = () => setShown(Boolean(shortcut) || !shownLabel.current || shownLabel.current.getClientRects().length === 0);

  useEffect(() => {
    if (!shown) return;
    const hide = () => setShown(false);
    hideShown?.();
    hideShown = hide;
    return () => {
      if (hideShown === hide) hideShown = null;
    };
  }, [shown]);

  // Placed below the button and kept inside the window, so a tooltip at the edge never widens the page.
  useLayoutEffect(() => {
    const button = own.current;
    const box = tip.current;
    if (!shown || !button || !box) return;
    const at = button.getBoundingClientRect();
    const width = box.offsetWidth;
    const left = Math.min(Math.max(EDGE, at.left + at.width / 2 - width / 2), window.innerWidth - width - EDGE);
    const below = at.bottom + box.offsetHeight + GAP <= window.innerHeight;
    box.style.left = `${left}px`;
    box.style.top = `${below ? at.bottom : at.top - box.offsetHeight}px`;
  }, [shown]);

  const setRef = (node: HTMLButtonElement | null) => {
    own.current = node;
    if (typeof ref === 'function') ref(node);
    else if (ref) ref.current = node;
  };

  return (
    <button
      {...rest}
      ref={setRef}
      type="button"
      className={`icon-button${showLabel ? ' with-label' : ''}${className ? ` ${className}` : ''}`}
      aria-label={label}
      aria-disabled={disabled || undefined}
      onClick={(e) => {
        if (disabled) return e.preventDefault();
        onClick?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && shown) setShown(false);
        onKeyDown?.(e);
      }}
      onFocus={(e) => {
        if (e.currentTarget.matches(':focus-visible')) show();
        onFocus?.(e);
      }}
      onBlur={(e) => {
        setShown(false);
        onBlur?.(e);
      }}
      onPointerEnter={(e) => {
        if (e.pointerType === 'mouse') show();
        onPointerEnter?.(e);
      }}
      onPointerLeave={(e) => {
        if (!e.currentTarget.matches(':focus-visible')) setShown(false);
        onPointerLeave?.(e);
      }}
      onPointerDown={(e) => {
        setShown(false);
        onPointerDown?.(e);
      }}
    >
      {icon}
      {showLabel && (
        <span ref={shownLabel} className="icon-button-label">
          {label}
        </span>
      )}
      {shown && (
        // The name and aria-keyshortcuts already tell assistive technology all of this.
        <span ref={tip} className="tooltip" aria-hidden="true" onClick={(e) => e.stopPropagation()}>
          {label}
          {shortcut && <kbd>{shortcut}</kbd>}
        </span>
      )}
    </button>
  );
}
