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

function chart(
  id: string,
  family: ClusterFamily,
  name: string,
  version: string,
  values: Record<string, unknown>,
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
    chart(DEMO_CHARTS.magentoMysql, 'CCE', 'magento-mysql', '1.0.0', magentoMysqlValues('5.7.14')),
    chart(
      DEMO_CHARTS.magentoMysqlNext,
      'CCE',
      'magento-mysql',
      '1.1.0',
      magentoMysqlValues('5.7.44'),
    ),
    chart(DEMO_CHARTS.nginx, 'CCE', 'nginx', '1.2.0', nginxValues('1.25.4')),
    chart(DEMO_CHARTS.nginxNext, 'CCE', 'nginx', '1.3.0', nginxValues('1.27.0')),
    chart(DEMO_CHARTS.redis, 'CCE', 'redis', '7.0.1', redisValues()),
    chart(
      DEMO_CHARTS.autopilotMagentoMysql,
      'AUTOPILOT',
      'magento-mysql',
      '1.0.0',
      magentoMysqlValues('5.7.14'),
    ),
    chart(DEMO_CHARTS.autopilotNginx, 'AUTOPILOT', 'nginx', '1.2.0', nginxValues('1.25.4')),
    chart(DEMO_CHARTS.autopilotNginxNext, 'AUTOPILOT', 'nginx', '1.3.0', nginxValues('1.27.0')),
    chart(
      DEMO_CHARTS.otherProjectNginx,
      'CCE',
      'nginx',
      '1.2.0',
      nginxValues('1.25.4'),
      OTHER_PROJECT_ID,
    ),
  ];
}
