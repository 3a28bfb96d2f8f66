/** The demo charts of every project and family (charts are uploaded per project in CCE). */
import { DEMO_CHARTS, DEMO_PROJECT_ID, OTHER_PROJECT_ID } from '../demo-data.ts';
import type { ChartSpec } from '../model/chart.ts';
import type { ClusterFamily } from '../model/cluster.ts';

const UPLOADED_AT = new Date('2025-01-10T08:00:29Z');

/** magento-mysql's values.yaml: the shape of the seed pages' values, secrets left empty. */
export function magentoMysqlValues(
  mysqlImageTag: string,
  passwords = { admin: '', mysql: '', root: '' },
) {
  return {
    basic: {
      admin_password: passwords.admin,
      admin_username: 'username',
      app_name: 'magento',
      mysql_database: 'magento',
      mysql_name: 'mysql',
      mysql_password: passwords.mysql,
      mysql_port: 3306,
      mysql_root_password: passwords.root,
      mysql_user: 'magento',
      storage_class: 'csi-nas',
      storage_mode: 'ReadWriteMany',
      storage_size: '10G',
    },
    global: { magento_EIP: '100.100.100.100', magento_EPORT: 32080, namespace: 'default' },
    image: {
      magento_image: 'example.com/everest/magento:latest',
      mysql_image: `example.com/everest/mysql:${mysqlImageTag}`,
    },
  };
}

export function nginxValues(tag: string, replicaCount = 1) {
  return {
    replicaCount,
    image: { repository: 'nginx', tag, pullPolicy: 'IfNotPresent' },
    service: { type: 'ClusterIP', port: 80 },
  };
}

function redisValues() {
  return {
    auth: { enabled: true, password: '' },
    replica: { replicaCount: 1 },
    image: { tag: '7.0.1' },
  };
}

/** What a chart package holds: one name at one version with its default values. */
interface ChartPackage {
  readonly name: string;
  readonly version: string;
  readonly values: Record<string, unknown>;
}

// The same packages are uploaded to several repositories (families, projects), each under its own id.
const MAGENTO_MYSQL: ChartPackage = {
  name: 'magento-mysql',
  version: '1.0.0',
  values: magentoMysqlValues('5.7.14'),
};
const MAGENTO_MYSQL_NEXT: ChartPackage = {
  name: 'magento-mysql',
  version: '1.1.0',
  values: magentoMysqlValues('5.7.44'),
};
const NGINX: ChartPackage = { name: 'nginx', version: '1.2.0', values: nginxValues('1.25.4') };
const NGINX_NEXT: ChartPackage = { name: 'nginx', version: '1.3.0', values: nginxValues('1.27.0') };
const REDIS: ChartPackage = { name: 'redis', version: '7.0.1', values: redisValues() };

function chart(
  id: string,
  family: ClusterFamily,
  { name, version, values }: ChartPackage,
  projectId = DEMO_PROJECT_ID,
): ChartSpec {
  return {
    id,
    projectId,
    family,
    name,
    version,
    description: `${name} chart`,
    values,
    public: false,
    createdAt: UPLOADED_AT,
  };
}

export function demoCharts(): ChartSpec[] {
  return [
    chart(DEMO_CHARTS.magentoMysql, 'CCE', MAGENTO_MYSQL),
    chart(DEMO_CHARTS.magentoMysqlNext, 'CCE', MAGENTO_MYSQL_NEXT),
    chart(DEMO_CHARTS.nginx, 'CCE', NGINX),
    chart(DEMO_CHARTS.nginxNext, 'CCE', NGINX_NEXT),
    chart(DEMO_CHARTS.redis, 'CCE', REDIS),
    chart(DEMO_CHARTS.autopilotMagentoMysql, 'AUTOPILOT', MAGENTO_MYSQL),
    chart(DEMO_CHARTS.autopilotNginx, 'AUTOPILOT', NGINX),
    chart(DEMO_CHARTS.autopilotNginxNext, 'AUTOPILOT', NGINX_NEXT),
    chart(DEMO_CHARTS.otherProjectNginx, 'CCE', NGINX, OTHER_PROJECT_ID),
  ];
}
