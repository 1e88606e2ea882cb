import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Textarea,
} from '@fluentui/react-components';
import { INPUT_FIELDS, INPUT_GROUPS, type InputField } from '../../../core';
import { FIELD_KEY_ATTRIBUTE, type useFieldFocus } from '../../hooks/useFieldFocus';
import { LAST_YEAR_FIXES, type useNarrativeInputs } from '../../hooks/useNarrativeInputs';
import { useInputsFormStyles } from './InputsForm.styles';

type Form = ReturnType<typeof useNarrativeInputs>;
type Navigation = ReturnType<typeof useFieldFocus>;

/** The 正文素材 fields, grouped as the report's parts, one accordion item per part. */
export function InputsForm({ form, navigation }: { form: Form; navigation: Navigation }) {
  const styles = useInputsFormStyles();
  return (
    <section className={styles.root} aria-label="正文素材">
      {form.sheetMissing && (
        <MessageBar intent="info" aria-labelledby={undefined}>
          <MessageBarBody>工作簿中还没有“正文素材”工作表（较早版本插入的表格没有）。添加后，这里填写的内容会保存在工作簿中。</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void form.addSheet()} disabled={form.busy !== null}>
              添加工作表
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Accordion
        multiple
        collapsible
        openItems={navigation.openGroups}
        onToggle={(_e, d) => navigation.setOpenGroups(d.openItems.map(String))}
      >
        {INPUT_GROUPS.map((group) => (
          <AccordionItem key={group} value={group}>
            <AccordionHeader size="small">{group}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {INPUT_FIELDS.filter((f) => f.group === group).map((field) => (
                <InputControl key={field.key} field={field} form={form} />
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <div className={styles.row}>
        <Button onClick={() => void form.save()} disabled={form.busy !== null || form.sheetMissing || !form.dirty}>
          保存到工作表
        </Button>
        <Button appearance="subtle" onClick={() => void form.load()} disabled={form.busy !== null}>
          {form.dirty ? '放弃修改，重新读取' : '从工作表重新读取'}
        </Button>
      </div>
      {form.autoSaved && !form.sheetMissing && (
        <Caption1 role="status" className={styles.saved}>
          {form.autoSaved}：每一项填写后离开即保存。
        </Caption1>
      )}
    </section>
  );
}

function InputControl({ field, form }: { field: InputField; form: Form }) {
  const styles = useInputsFormStyles();
  const value = form.values[field.key] ?? '';
  const problem = form.problems[field.key];
  const warning = form.warnings[field.key];
  const label = field.unit ? `${field.label}（${field.unit}）` : field.label;
  const onChange = (text: string) => form.setField(field.key, text);
  const offer = field.key === LAST_YEAR_FIXES && !value.trim() && form.lastYearProblems.length > 0;
  const marker = { [FIELD_KEY_ATTRIBUTE]: field.key };
  return (
    <Field
      label={label}
      hint={field.hint}
      validationMessage={problem ?? warning}
      validationState={problem ? 'error' : warning ? 'warning' : 'none'}
    >
      {field.kind === 'count' || field.kind === 'yuan' ? (
        <Input
          className={styles.number}
          inputMode={field.kind === 'yuan' ? 'decimal' : 'numeric'}
          value={value}
          onChange={(_e, d) => onChange(d.value)}
          onBlur={form.saveOnLeave}
          disabled={form.loading}
          {...marker}
        />
      ) : (
        <Textarea
          value={value}
          onChange={(_e, d) => onChange(d.value)}
          rows={field.kind === 'list' ? 4 : 3}
          resize="vertical"
          placeholder={field.kind === 'list' ? '每条一行' : undefined}
          onBlur={form.saveOnLeave}
          disabled={form.loading}
          {...marker}
        />
      )}
      {offer && (
        <Button size="small" appearance="secondary" className={styles.offer} onClick={form.bringInLastYearProblems}>
          带入上年报告所列的 {form.lastYearProblems.length} 个问题
        </Button>
      )}
    </Field>
  );
}
