import type { Profile } from '../../../../shared/model/profile';
import { MyDataSettings } from '../../features/settings/MyDataSettings';

/** The tab's settings: the person's own data (download it, delete it). */
export default function TabSettingsView({ me }: { me: Profile }) {
  return <MyDataSettings userId={me.id} />;
}
