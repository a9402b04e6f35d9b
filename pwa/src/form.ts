// What every form does with errors: each shows once, under the field it
// names, from the moment the person submits (never on blur, so that nothing
// moves under a finger between pressing and releasing a button); a refused
// submit focuses the first field in error; an error the server sent for a
// field (a write refused on replay) shows there until that field is edited.
import { html } from "htm/preact";
import type { VNode } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { Errors } from "./rules";

export interface Form {
  ref: { current: HTMLFormElement | null };
  /** The errors shown, by field name. */
  errors: Errors;
  /** field gives a field its name and ties it to its error. */
  field(name: string): Record<string, string | undefined>;
  /** error is the field's message, under it, or nothing. */
  error(name: string): VNode | null;
  /** others shows the errors of fields the form has not shown (a server's, for a field it does not have). */
  others(): VNode | null;
  /** submit wraps a submit handler: it runs save only when check finds nothing. */
  submit(save: (f: FormData) => unknown): (ev: Event) => void;
  /** onInput re-checks as the person types, once they have tried to submit. */
  onInput(ev: Event): void;
  /** refuse shows errors the server answered, under their fields, and focuses the first. */
  refuse(errors: Errors): void;
}

/** errorsOf is a refusal as form errors: under the field the server names, or the form's own (""). */
export const errorsOf = (err: unknown): Errors => {
  const field = err instanceof Error && "field" in err ? String(err.field ?? "") : "";
  return { [field]: err instanceof Error ? err.message : String(err) };
};

/** values reads the form's fields, with the edited ones as typed. */
const values = (form: HTMLFormElement | null): FormData => (form ? new FormData(form) : new FormData());

/**
 * useForm runs check (the form's fields through the rules) on submit and on
 * each edit after it; server are errors sent by the server, by field.
 */
export function useForm(check: (f: FormData) => Errors, server: Errors = {}): Form {
  const ref = useRef<HTMLFormElement | null>(null);
  const [tried, setTried] = useState(false);
  const [remote, setRemote] = useState(server);
  const [, setEdits] = useState(0);
  const [focus, setFocus] = useState(0);
  const shown = new Set<string>();
  const errors: Errors = { ...remote, ...(tried ? check(values(ref.current)) : {}) };
  useEffect(() => {
    if (!focus) return;
    const first = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus({ preventScroll: true });
    first?.scrollIntoView({ block: "center" });
  }, [focus]);
  // A form opened with the server's errors (the Fix form) shows where they are.
  useEffect(() => {
    if (Object.keys(server).length) setFocus((n) => n + 1);
  }, []);
  return {
    ref,
    errors,
    field(name) {
      shown.add(name);
      return { name, "aria-invalid": errors[name] ? "true" : undefined, "aria-describedby": errors[name] ? "err-" + name : undefined };
    },
    error(name) {
      shown.add(name);
      return errors[name] ? html`<span class="field-error" id=${"err-" + name} data-field=${name}>${errors[name]}</span>` : null;
    },
    others() {
      const rest = Object.entries(errors).filter(([k]) => !shown.has(k));
      return rest.length ? html`<div class="error" role="alert">${rest.map(([k, m]) => html`<p>${k ? k + ": " : ""}${m}</p>`)}</div>` : null;
    },
    submit(save) {
      return (ev: Event) => {
        ev.preventDefault();
        const f = values(ref.current);
        setTried(true);
        // The server's errors do not block: sent again, it answers again.
        if (Object.keys(check(f)).length) {
          setFocus((n) => n + 1);
          return;
        }
        setRemote({});
        void save(f);
      };
    },
    refuse(errors) {
      setRemote(errors);
      setFocus((n) => n + 1);
    },
    onInput(ev) {
      const name = (ev.target as HTMLInputElement | null)?.name;
      if (name && remote[name]) setRemote(({ [name]: _, ...rest }) => rest);
      setEdits((n) => n + 1);
    },
  };
}
