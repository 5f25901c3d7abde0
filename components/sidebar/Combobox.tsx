// An editable combobox over named records (WAI-ARIA APG "combobox with list
// autocomplete, manual selection"): typing filters a listbox of suggestions, Arrow keys
// move through it (focus stays in the text box, aria-activedescendant tells assistive
// technology which option is active), Enter or a click chooses, Escape closes the list.
// When the typed name matches no record, a last option offers to create it.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';

export interface ComboOption {
  id: string;
  name: string;
}

/** What the field holds: the text shown, and the record it names (null while it names none). */
export interface ComboValue {
  id: string | null;
  text: string;
}

/** Long vocabularies are narrowed by typing; the list never shows more than this. */
export const MAX_SUGGESTIONS = 50;

export type Suggestion = { kind: 'option'; option: ComboOption } | { kind: 'create'; name: string };

/** Case, accents and runs of spaces do not count when names are compared. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The id of the one record with exactly this name (after normalising), if there is one. */
export function resolveName(options: readonly ComboOption[], text: string): string | null {
  const key = normaliseName(text);
  if (!key) return null;
  const same = options.filter((o) => normaliseName(o.name) === key);
  return same.length === 1 && same[0] ? same[0].id : null;
}

/**
 * The list for the typed text: every record while the text is the chosen record's name
 * (or empty); otherwise the records whose names contain it, those starting with it first,
 * then those with a word starting with it; and "Create" when no record has that name.
 */
export function suggestions(options: readonly ComboOption[], value: ComboValue): Suggestion[] {
  const chosen = value.id !== null && options.some((o) => o.id === value.id && o.name === value.text);
  const key = chosen ? '' : normaliseName(value.text);
  const ranked = key
    ? options
        .map((option) => ({ option, name: normaliseName(option.name) }))
        .filter(({ name }) => name.includes(key))
        .map(({ option, name }) => ({ option, rank: name.startsWith(key) ? 0 : name.includes(` ${key}`) ? 1 : 2 }))
        .sort((a, b) => a.rank - b.rank)
        .map(({ option }) => option)
    : options;
  const list: Suggestion[] = ranked.slice(0, MAX_SUGGESTIONS).map((option) => ({ kind: 'option', option }));
  if (key && !options.some((o) => normaliseName(o.name) === key)) {
    list.push({ kind: 'create', name: value.text.replace(/\s+/g, ' ').trim() });
  }
  return list;
}

export interface ComboboxProps {
  label: string;
  options: readonly ComboOption[];
  value: ComboValue;
  onChange(value: ComboValue): void;
  /** The user chose `Create “name”`. */
  onCreate(name: string): void;
  /** Ids of a hint or an error that describe the field. */
  describedBy?: string;
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function Combobox({ label, options, value, onChange, onCreate, describedBy, invalid, inputRef }: ComboboxProps) {
  const inputId = useId();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const items = suggestions(options, value);
  const shown = open && items.length > 0;
  const activeIndex = shown && active < items.length ? active : -1;
  const optionId = (index: number) => `${listId}-${index}`;
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    // Focus stays in the text box, so nothing scrolls the active option into view but this
    // (and only the list scrolls: scrollIntoView() could move the page).
    const list = listRef.current;
    const option = activeIndex >= 0 ? (list?.children[activeIndex] as HTMLElement | undefined) : undefined;
    if (!list || !option) return;
    if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
    else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight;
    }
  }, [activeIndex]);

  function show(index: number) {
    setOpen(true);
    setActive(index);
  }

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function choose(item: Suggestion) {
    close();
    if (item.kind === 'option') onChange({ id: item.option.id, text: item.option.name });
    else onCreate(item.name);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = items.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else if (!shown) show(0);
        else show(activeIndex >= last ? 0 : activeIndex + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!shown) show(last);
        else show(activeIndex <= 0 ? last : activeIndex - 1);
        break;
      case 'Enter': {
        // With an active option, Enter chooses it; otherwise it submits the form as usual.
        const item = items[activeIndex];
        if (activeIndex >= 0 && item) {
          event.preventDefault();
          choose(item);
        }
        break;
      }
      case 'Escape':
        // Closing the list is all Escape does here; with the list closed it reaches the form.
        if (shown) {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
        break;
    }
  }

  return (
    <div className="pl-field">
      <label htmlFor={inputId} className="pl-label">
        {label}
      </label>
      <div className="pl-combo">
        <input
          ref={inputRef}
          id={inputId}
          className="pl-input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid ? true : undefined}
          value={value.text}
          onChange={(event) => {
            const text = event.target.value;
            show(-1);
            onChange({ id: resolveName(options, text), text });
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={label}
          className="pl-combo__list"
          hidden={!shown}
          // Keep focus in the text box when an option is clicked.
          onMouseDown={(event) => event.preventDefault()}
        >
          {shown &&
            items.map((item, index) => {
              const current = item.kind === 'option' && item.option.id === value.id;
              const classes = ['pl-combo__option'];
              if (index === activeIndex) classes.push('pl-combo__option--active');
              if (current) classes.push('pl-combo__option--current');
              if (item.kind === 'create') classes.push('pl-combo__option--create');
              return (
                <li
                  key={item.kind === 'option' ? item.option.id : '\u0000create'}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === activeIndex}
                  className={classes.join(' ')}
                  onClick={() => choose(item)}
                >
                  {item.kind === 'option' ? item.option.name : `Create “${item.name}”`}
                  {current && <span className="pl-sr"> (current)</span>}
                </li>
              );
            })}
        </ul>
      </div>
    </div>
  );
}
