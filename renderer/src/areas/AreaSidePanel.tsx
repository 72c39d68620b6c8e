import { useTextDraft } from '../common/use-text-draft.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import type { BoardContent } from '../../../shared/board/board.js';
import { areasByNumber, areasOf, axisOf, MAX_COLUMNS, MIN_COLUMNS, type Area, type AreaKind } from '../../../shared/areas/areas.js';
import { VASTLOOP_DECK } from '../../../shared/areas/vastloop-deck.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  content: BoardContent;
  kind: AreaKind;
  selected: string | null;
  /** Resolves false when main refused the command. */
  apply(command: BoardCommand): Promise<boolean>;
  onDeleted(): void;
  nextColumn(): void;
  drawRandom(): void;
}

/** Beside the board: the chosen note and where it goes, the fill guide, the areas' names, the deck. */
export function AreaSidePanel(p: Props) {
  const { t } = useI18n();
  const areas = areasByNumber(p.content);
  const note = p.selected ? p.content.notes[p.selected] : undefined;
  const current = areas.find((a) => a.current);
  return (
    <>
      {note ? (
        <div className="ring-note" key={note.id}>
          <NameField label={t.board.editLabel} initial={note.text} save={t.timeline.card.save} onSave={(text) => p.apply({ op: 'editNote', id: note.id, text })} />
          <div className="ring-actions" role="group" aria-label={t.areas.areasHeading}>
            {areas.map((a, i) => (
              <button key={a.id} type="button" aria-pressed={note.area === a.id} onClick={() => p.apply({ op: 'placeInArea', ids: [note.id], area: a.id })}>
                {t.areas.sendTo(i + 1, a.label)}
              </button>
            ))}
            <button type="button" aria-pressed={!note.area} onClick={() => p.apply({ op: 'placeInArea', ids: [note.id], area: null })}>
              {t.areas.toList}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => {
                p.apply({ op: 'deleteNotes', ids: [note.id] });
                p.onDeleted();
              }}
            >
              {t.board.remove}
            </button>
          </div>
        </div>
      ) : (
        <p className="ring-none">{t.areas.selectedNone}</p>
      )}
      {p.kind === 'columns' && (
        <section className="ring-form" aria-labelledby="area-guide-heading">
          <h3 id="area-guide-heading">{current ? t.areas.guideAt(current.label) : t.areas.guide}</h3>
          <div className="ring-actions">
            <button type="button" aria-keyshortcuts="G" onClick={p.nextColumn}>
              {t.areas.nextColumn}
            </button>
            <button type="button" disabled={!current} onClick={() => p.apply({ op: 'setCurrentArea', id: null })}>
              {t.areas.guideOff}
            </button>
          </div>
        </section>
      )}
      {p.kind === 'cards' ? <Deck content={p.content} apply={p.apply} drawRandom={p.drawRandom} /> : <Names content={p.content} kind={p.kind} apply={p.apply} />}
    </>
  );
}

function Names({ content, kind, apply }: { content: BoardContent; kind: 'columns' | 'fields'; apply(command: BoardCommand): Promise<boolean> }) {
  const { t } = useI18n();
  const areas = areasOf(content);
  const axes = (['x', 'y'] as const).flatMap((axis) => (axisOf(content, axis) ? [axisOf(content, axis)!] : []));
  const rename = (a: Area) => (label: string) => apply({ op: 'renameArea', id: a.id, label });
  return (
    <section className="ring-form" aria-labelledby="area-names-heading">
      <h3 id="area-names-heading">{t.areas.areasHeading}</h3>
      {areas.map((a, i) => (
        <NameField key={a.id} label={kind === 'columns' ? t.areas.columnName(i + 1) : t.areas.fieldName(i + 1)} initial={a.label} save={t.areas.rename} onSave={rename(a)} />
      ))}
      {axes.map((a) => (
        <NameField key={a.id} label={t.areas.axisName(a.axis!)} initial={a.label} save={t.areas.rename} allowEmpty onSave={rename(a)} />
      ))}
      {kind === 'columns' && (
        <div className="ring-actions">
          <button type="button" disabled={areas.length >= MAX_COLUMNS} onClick={() => apply({ op: 'addColumn', id: crypto.randomUUID(), label: `Kolom ${areas.length + 1}` })}>
            {t.areas.addColumn}
          </button>
          {areas.length > MIN_COLUMNS &&
            areas.map((a) => (
              <button key={a.id} type="button" className="danger" onClick={() => apply({ op: 'removeColumn', id: a.id })}>
                {t.areas.removeColumn(a.label)}
              </button>
            ))}
        </div>
      )}
    </section>
  );
}

function Deck({ content, apply, drawRandom }: { content: BoardContent; apply(command: BoardCommand): void; drawRandom(): void }) {
  const { t } = useI18n();
  const drawn = areasOf(content);
  const left = VASTLOOP_DECK.filter((c) => !drawn.some((a) => a.card === c.id));
  return (
    <section className="ring-form" aria-labelledby="deck-heading">
      <h3 id="deck-heading">{t.areas.deckHeading}</h3>
      <p className="ring-hint">{t.areas.cardSteps}</p>
      <div className="ring-actions">
        <button type="button" aria-keyshortcuts="K" disabled={!left.some((c) => c.family === 'vastloop')} onClick={drawRandom}>
          {t.areas.drawRandom}
        </button>
      </div>
      {drawn.length > 0 && (
        <ul className="area-deck" aria-label={t.areas.drawn}>
          {drawn.map((a) => (
            <li key={a.id}>
              <button type="button" onClick={() => apply({ op: 'returnCard', id: a.id })}>
                {t.areas.returnCard(a.label)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {left.length === 0 && <p className="ring-hint">{t.areas.deckEmpty}</p>}
      {(['vastloop', 'doorbreker'] as const).map((family) => (
        <ul key={family} className="area-deck" aria-label={t.areas.families[family]}>
          {left
            .filter((c) => c.family === family)
            .map((c) => (
              <li key={c.id}>
                <button type="button" onClick={() => apply({ op: 'drawCard', id: crypto.randomUUID(), card: c.id })}>
                  {t.areas.pick(c.title)}
                </button>
              </li>
            ))}
        </ul>
      ))}
    </section>
  );
}

/** A field that shows what main holds (an undo shows through) until something is typed over it. */
function NameField({ label, initial, save, allowEmpty = false, onSave }: { label: string; initial: string; save: string; allowEmpty?: boolean; onSave(text: string): Promise<boolean> }) {
  const [value, setValue, saves] = useTextDraft(initial);
  return (
    <form
      className="ring-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (allowEmpty || value.trim()) saves.save(value.trim(), () => onSave(value.trim()));
      }}
    >
      <label>
        <span>{label}</span>
        <input value={value} maxLength={120} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit">{save}</button>
    </form>
  );
}
