import { appConfigSchema, type AppConfig } from '../../../shared/model/app-config';

let loading: Promise<AppConfig> | undefined;

/** The deployment's settings, served beside the pages as `/app-config.json`; read once per page. */
export function loadAppConfig(): Promise<AppConfig> {
  loading ??= fetch('/app-config.json', { cache: 'no-store' })
    .then((response) => {
      if (!response.ok) throw new Error(`app-config.json answered ${response.status}`);
      return response.json();
    })
    .then((json) => appConfigSchema.parse(json));
  return loading;
}
