import { useTranslation } from 'react-i18next';
import { errorMessage } from '@web/shared/graphql';

/** The text to show for an error, in the user's language where the API gave none to show. */
export function useErrorText(error: unknown): string {
  const { t } = useTranslation();
  const message = errorMessage(error);
  return 'text' in message ? message.text : t(message.key);
}
