import { useIsMutating } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { FormFooter, onSubmitUnlessPending, TextField, useFormValues } from '@web/shared/forms';
import { LoadingState, PageHeading } from '@web/shared/ui';
import { authKeys } from '../hooks/auth-keys';
import { useMe } from '../hooks/use-me';
import { useSignIn } from '../hooks/use-sign-in';
import { missingSignInFields, SIGN_IN_FIELDS } from '../utils/sign-in-form';
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
  const signIn = useSignIn();
  const { id, values, setValues, bind, form, stopIf } = useFormValues({
    initial: { email: '', password: '' },
    fields: SIGN_IN_FIELDS,
  });

  const onSubmit = onSubmitUnlessPending(signIn.isPending, () => {
    if (stopIf(missingSignInFields(values))) return;
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
  });

  return (
    <form className="form panel" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('signIn.formHeading')}
      </h2>
      <TextField
        {...bind('email')}
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        required
      />
      <TextField
        {...bind('password')}
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        required
      />

      <FormFooter
        errors={form.problems.general}
        pending={signIn.isPending}
        submitLabel={t('signIn.submit')}
        pendingLabel={t('signIn.submitting')}
      />
    </form>
  );
}
