import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { routes } from '@domain/routes';
import { ProfileNeeded } from '../../../components/ProfileNeeded';
import { RoleOnly } from '../../../components/RoleOnly';
import { StateView } from '../../../components/StateView';
import { openPage } from '../../../navigation';
import { CatalogueGate, type Catalogue } from '../components/CatalogueGate';
import { MenuSection } from '../components/MenuSection';
import { StationCard } from '../components/StationCard';
import { VolunteerCard } from '../components/VolunteerCard';
import './index.scss';

/**
 * 社区服务: the community's service menu by category (each to order), the 红帆驿站 nearest my
 * compound first (with their coming activities), the way to 志愿活动, and my 双报到 (report, or
 * the order hall and my hours once approved).
 */
export default function ServiceCataloguePage() {
  return (
    <RoleOnly roles={['resident']} className="service-catalogue">
      {(user) =>
        user.communityId ? (
          <Catalogue />
        ) : (
          <ProfileNeeded why="选好您所在的社区，就能看到社区的服务和离您家最近的红帆驿站" />
        )
      }
    </RoleOnly>
  );
}

function Catalogue() {
  return <CatalogueGate>{(catalogue) => <CatalogueShown catalogue={catalogue} />}</CatalogueGate>;
}

function CatalogueShown({ catalogue }: { catalogue: Catalogue }) {
  const { items, stations, volunteer } = catalogue;
  const order = (itemId: string) => void openPage(routes.serviceOrderNew, { itemId });
  return (
    <View id="service-catalogue-page">
      <View className="service-catalogue__mine">
        <Button
          id="service-my-orders"
          className="service-catalogue__mine-button"
          type="primary"
          fill="outline"
          onClick={() => void openPage(routes.serviceOrders)}
        >
          我点的单
        </Button>
        <Button
          id="service-activities"
          className="service-catalogue__mine-button"
          type="primary"
          fill="outline"
          onClick={() => void openPage(routes.serviceActivities)}
        >
          志愿活动
        </Button>
      </View>
      {/* A volunteer comes here mostly for the hall: their card first, not under the whole menu. */}
      {volunteer?.state === 'approved' ? <VolunteerCard volunteer={volunteer} /> : null}
      {items.length ? (
        <MenuSection items={items} onOrder={(item) => order(item.id)} />
      ) : (
        <StateView kind="empty" title="社区还没有上架服务" detail="有需要可以先到「说事」里说一说，或联系社区居委会" />
      )}
      {stations.length ? (
        <View id="service-stations">
          <View className="mq-section-title">红帆驿站（离您家近的在前）</View>
          {stations.map((station) => (
            <StationCard key={station.id} station={station} onOrder={order} />
          ))}
        </View>
      ) : null}
      {volunteer?.state === 'approved' ? null : <VolunteerCard volunteer={volunteer} />}
    </View>
  );
}
