import { mountPage } from '../ui/mount';
import { TabApp } from './TabApp';

mountPage((host) => <TabApp host={host} />);
