import { lazyBody } from '../ui/lazy-body';
import { mountPage } from '../ui/mount';

const TabApp = lazyBody(() => import('./TabApp'), 'TabApp');

mountPage((host) => <TabApp host={host} />);
