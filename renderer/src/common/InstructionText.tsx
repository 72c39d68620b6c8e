import { parseInstructions, type Span } from '../../../shared/planner/instructions.js';

const Spans = ({ spans }: { spans: Span[] }) => (
  <>{spans.map((s, i) => (s.bold ? <strong key={i}>{s.text}</strong> : <span key={i}>{s.text}</span>))}</>
);

/** Instruction text as React elements: never HTML, so nothing typed can inject markup. */
export function InstructionText({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className}>
      {parseInstructions(text).map((part, i) =>
        part.kind === 'steps' ? (
          <ol key={i} start={part.start}>
            {part.items.map((item, j) => (
              <li key={j}>
                <Spans spans={item} />
              </li>
            ))}
          </ol>
        ) : (
          <p key={i}>
            {part.lines.map((line, j) => (
              <span key={j}>
                {j > 0 && <br />}
                <Spans spans={line} />
              </span>
            ))}
          </p>
        ),
      )}
    </div>
  );
}
