/**
 * The Markdown editor staff type into. Decap's Slate editor has garbled text composed with a Korean IME
 * (decap-cms #1347; tests/e2e/cms-ime-bug.test.ts shows "육아 휴직을 신청" arriving as " 아육 을직휴청신" in the
 * editor it was reported against). A plain textarea lets the browser finish each composition itself; we only
 * report the text, and never overwrite it mid-word.
 */
import { useEffect, useRef, useState, type ChangeEvent } from 'react';

interface ControlProps {
  value?: string | null;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  field: { get(key: string): unknown };
}

export default function KoreanMarkdownControl({ value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle, field }: ControlProps) {
  const [text, setText] = useState(value ?? '');
  const composing = useRef(false);
  const lastSent = useRef(value ?? '');

  // Take a new value from outside (a restored backup, a duplicated entry) but never our own echo.
  useEffect(() => {
    const incoming = value ?? '';
    if (!composing.current && incoming !== lastSent.current) {
      lastSent.current = incoming;
      setText(incoming);
    }
  }, [value]);

  const report = (next: string) => {
    setText(next);
    lastSent.current = next;
    onChange(next);
  };

  return (
    <div className={classNameWrapper} style={{ padding: 0 }}>
      <textarea
        id={forID}
        data-testid={`korean-markdown-${String(field.get('name'))}`}
        value={text}
        rows={Math.min(30, Math.max(8, text.split('\n').length + 2))}
        spellCheck={false}
        lang="ko"
        onFocus={setActiveStyle}
        onBlur={setInactiveStyle}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={(event) => {
          composing.current = false;
          report(event.currentTarget.value);
        }}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => report(event.target.value)}
        style={{
          display: 'block',
          width: '100%',
          boxSizing: 'border-box',
          minHeight: '12rem',
          padding: '16px 20px',
          border: 0,
          background: 'transparent',
          font: '16px/1.7 Pretendard, system-ui, sans-serif',
          resize: 'vertical',
          outline: 'none',
        }}
      />
      <p style={{ margin: 0, padding: '6px 20px 10px', fontSize: 13, color: '#555' }}>
        마크다운: <code>## 소제목</code>, <code>**굵게**</code>, <code>- 목록</code>, <code>[링크 글](https://…)</code>. 빈 줄로 문단을 나눕니다.
      </p>
    </div>
  );
}
