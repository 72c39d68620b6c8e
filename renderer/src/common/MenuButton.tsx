import './menu-button.css';
import { Check } from 'lucide-react';
import { Fragment, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { IconButton } from './IconButton.js';

export interface MenuItem {
  id: string;
  label: string;
  icon?: ReactNode;
  /** The key as it is pressed, shown at the right of the item. */
  shortcut?: string;
  /** The same key for assistive technology, in aria-keyshortcuts form. */
  keyshortcuts?: string;
  disabled?: boolean;
  /** Set for one of a set of choices: the item is then a menuitemradio, checked or not. */
  checked?: boolean;
  /** Draws a line above the item: the start of another set of commands. */
  startsGroup?: boolean;
  onSelect(): void;
}

interface Props {
  label: string;
  icon: ReactNode;
  items: MenuItem[];
  showLabel?: boolean;
  /** Which edge of the button the menu lines up with; the end for a button at the right of the window. */
  align?: 'start' | 'end';
  className?: string;
}

/**
 * A button that opens a list of commands, as the WAI-ARIA menu button:
 * Enter, Space or ↓ opens it on the first command, ↑ on the last; the arrows,
 * Home, End and a first letter move; Escape closes it and focus goes back to
 * the button; Tab or a press elsewhere just closes it.
 */
export function MenuButton({ label, icon, items, showLabel, align = 'end', className }: Props) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const triggerId = useId();

  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPress = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !trigger.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPress, true);
    return () => document.removeEventListener('pointerdown', onPress, true);
  }, [open]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    // Focus is back on the button first, so a dialog the command opens returns there when it closes.
    close();
    item.onSelect();
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    const last = items.length - 1;
    if (e.key === 'ArrowDown') setActive((i) => (i >= last ? 0 : i + 1));
    else if (e.key === 'ArrowUp') setActive((i) => (i <= 0 ? last : i - 1));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(last);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') return setOpen(false);
    else if (e.key.length === 1 && /\S/.test(e.key)) {
      const letter = e.key.toLocaleLowerCase();
      const next = [...items.keys()].map((k) => (active + 1 + k) % items.length).find((k) => items[k]!.label.toLocaleLowerCase().startsWith(letter));
      if (next === undefined) return;
      setActive(next);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className={`menu-button${className ? ` ${className}` : ''}`}>
      <IconButton
        ref={trigger}
        id={triggerId}
        label={label}
        icon={icon}
        showLabel={showLabel}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
          e.preventDefault();
          openAt(e.key === 'ArrowDown' ? 0 : items.length - 1);
        }}
      />
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-labelledby={triggerId}
          className={`menu menu-${align}`}
          onKeyDown={onMenuKey}
          onBlur={(e) => {
            const to = e.relatedTarget as Node | null;
            if (to && !menu.current?.contains(to) && !trigger.current?.contains(to)) setOpen(false);
          }}
        >
          {items.map((item, i) => (
            <Fragment key={item.id}>
              {item.startsGroup && i > 0 && <div role="separator" className="menu-separator" />}
              <button
                type="button"
                role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
                aria-checked={item.checked}
                aria-disabled={item.disabled || undefined}
                aria-keyshortcuts={item.keyshortcuts}
                tabIndex={i === active ? 0 : -1}
                className="menu-item"
                onClick={() => choose(item)}
                onPointerMove={() => i !== active && setActive(i)}
              >
                <span className="menu-icon" aria-hidden="true">
                  {item.icon}
                </span>
                <span className="menu-label">{item.label}</span>
                {item.checked && <Check className="menu-check" aria-hidden="true" />}
                {item.shortcut && (
                  <kbd className="menu-shortcut" aria-hidden="true">
                    {item.shortcut}
                  </kbd>
                )}
              </button>
            </Fragment>
          ))}
        </div>
      )}
    </div>
  );
}
