// One choice among the marks of a kind (mật, khẩn or phạm vi lưu hành), or none: shared by the Insert pane's mark
// form and the New pane's marks.

import { Field, Radio, RadioGroup, makeStyles } from "@fluentui/react-components";
import { DRAFTING_MESSAGES } from "../drafting-messages";
import { usePaneT } from "../i18n";
import { type FieldErrors, validation } from "./fields";

const useWrapStyles = makeStyles({ wrap: { flexWrap: "wrap" } });

export function MarkChoice({
  label,
  options,
  value,
  onChange,
  errors,
}: {
  readonly label: string;
  readonly options: readonly string[];
  /** The chosen mark, "" for none. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly errors: FieldErrors;
}) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const wrap = useWrapStyles().wrap;
  return (
    <Field label={label} {...validation(errors, "marks")}>
      <RadioGroup
        layout="horizontal"
        // The marks' long names (LƯU HÀNH NỘI BỘ) wrap at 320 px instead of scrolling sideways.
        className={wrap}
        value={value}
        onChange={(_, data) => onChange(data.value)}
      >
        <Radio value="" label={t("markNone")} />
        {options.map((mark) => (
          <Radio key={mark} value={mark} label={mark} />
        ))}
      </RadioGroup>
    </Field>
  );
}
