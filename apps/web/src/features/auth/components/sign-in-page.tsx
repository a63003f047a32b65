import { useIsMutating } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { Field, ErrorSummary, translateFieldKeys, useFormProblems } from '@web/shared/forms';
import { LoadingState, PageHeading } from '@web/shared/ui';
import { authKeys } from '../hooks/auth-keys';
import { useMe } from '../hooks/use-me';
import { useSignIn } from '../hooks/use-sign-in';
import { missingSignInFields, SIGN_IN_FIELDS, type SignInField } from '../utils/sign-in-form';
import { NEXT_PARAM, safeNextPath } from '../utils/sign-in-paths';
import { ssoFailureKey } from '../utils/sso';
import { SsoSignIn } from './sso-sign-in';

/** State the header's "Logg ut" passes along, so this page can confirm it. */
export interface SignInLocationState {
  signedOut?: boolean;
}

/** `/logg-inn`: e-mail and password; back to where the user came from afterwards. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const me = useMe();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get(NEXT_PARAM));
  const signedOut = (useLocation().state as SignInLocationState | null)?.signedOut === true;
  const signingOut = useIsMutating({ mutationKey: authKeys.signOut() }) > 0;
  const ssoFailure = ssoFailureKey(searchParams);

  let content;
  if (me.data && signingOut) {
    // Arrived from "Logg ut": the session is gone, the cache forgets the user a moment later.
    content = <LoadingState label={t('auth.signingOut')} />;
  } else if (me.data) {
    // Already signed in (another tab, or the back button): go on to the page.
    content = <Navigate to={next} replace />;
  } else if (me.data === undefined && me.isPending) {
    content = <LoadingState label={t('auth.checking')} />;
  } else {
    content = (
      <>
        <SignInForm />
        <SsoSignIn next={next} />
      </>
    );
  }

  const cameFromPage = searchParams.has(NEXT_PARAM) && next !== '/';
  return (
    <div className="narrow">
      <PageHeading lead={cameFromPage ? t('signIn.leadForPage') : t('signIn.lead')}>
        {t('signIn.title')}
      </PageHeading>
      {signedOut && !me.data ? (
        <p role="status" className="notice notice--success">
          {t('signIn.signedOut')}
        </p>
      ) : null}
      {ssoFailure && !me.data ? (
        <div role="alert" className="form__error">
          <p>{t(ssoFailure)}</p>
        </div>
      ) : null}
      {content}
    </div>
  );
}

function SignInForm() {
  const { t } = useTranslation();
  const id = useId();
  const signIn = useSignIn();
  const [values, setValues] = useState({ email: '', password: '' });
  const fieldId = (field: SignInField) => `${id}-${field}`;
  const form = useFormProblems(SIGN_IN_FIELDS, fieldId);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const missing = missingSignInFields(values);
    if (Object.keys(missing).length > 0) {
      form.showFieldErrors(translateFieldKeys(missing, t));
      return;
    }
    form.reset();
    // On success the page sees the signed-in user and goes on to `next`.
    signIn.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onError: (error) => {
          form.showError(error);
          // A wrong password is typed again; keep the address.
          setValues((current) => ({ ...current, password: '' }));
        },
      },
    );
  };

  return (
    <form className="form panel" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('signIn.formHeading')}
      </h2>
      <Field id={fieldId('email')} label={t('signIn.email')} errors={form.errorsFor('email')}>
        {(control) => (
          <input
            {...control}
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            aria-required="true"
            value={values.email}
            onChange={(event) => {
              const email = event.target.value;
              setValues((current) => ({ ...current, email }));
              form.clearField('email');
            }}
          />
        )}
      </Field>
      <Field
        id={fieldId('password')}
        label={t('signIn.password')}
        errors={form.errorsFor('password')}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            name="password"
            autoComplete="current-password"
            aria-required="true"
            value={values.password}
            onChange={(event) => {
              const password = event.target.value;
              setValues((current) => ({ ...current, password }));
              form.clearField('password');
            }}
          />
        )}
      </Field>

      <ErrorSummary errors={form.problems.general} />

      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={signIn.isPending || undefined}>
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </div>
    </form>
  );
}
