import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { officeJsSource, type HostStatus } from '../../host';
import { useHostProblemStyles } from './HostProblem.styles';

const VERSIONS = '本加载项支持 Excel 2019、Excel 2021、Microsoft 365 和 Excel 网页版（Office 加载项接口 ExcelApi 1.8 及以上）。';

/** What failed, and what the clerk (or the network administrator) can do about it. */
function problem(status: Exclude<HostStatus, 'excel' | 'wps'>, styles: ReturnType<typeof useHostProblemStyles>): { title: string; body: JSX.Element } {
  switch (status) {
    case 'noOfficeJs': {
      // Named from the page itself: Microsoft's CDN, or the add-in's own server in the offline package.
      const source = officeJsSource();
      const from = source?.origin ?? location.origin;
      return {
        title: '没能加载 Office 脚本，加载项无法工作',
        body: source?.ownServer ? (
          <>
            <div>
              任务窗格需要从加载项所在的服务器 <span className={styles.address}>{from}</span> 加载 Office 脚本（office.js），没有加载成功。
            </div>
            <div>请联系部署本加载项的管理员，确认离线部署包中的 office-js 文件夹已一同放到服务器上，然后关闭并重新打开本任务窗格。{VERSIONS}</div>
          </>
        ) : (
          <>
            <div>
              任务窗格需要从微软的网址 <span className={styles.address}>{from}</span>{' '}
              加载 Office 脚本（office.js），这台电脑没能连上它，常见于政务内网或代理拦截。
            </div>
            <div>请联系网络管理员放行这个网址（只需 https），或改用不需要外网的离线部署包，然后关闭并重新打开本任务窗格。{VERSIONS}</div>
          </>
        ),
      };
    }
    case 'notReady':
      return {
        title: 'Office 没有响应，加载项无法开始工作',
        body: <div>Office 脚本已加载，但这个 Office 没有启动加载项。请关闭任务窗格后重新打开；如仍如此，请确认 Excel 版本。{VERSIONS}</div>,
      };
    case 'tooOld':
      return {
        title: '这个版本的 Excel 过旧',
        body: <div>{VERSIONS}Excel 2016 及更早的版本请升级，或在 Excel 网页版中打开这个工作簿使用本加载项。</div>,
      };
    case 'notExcel':
      return {
        title: '请在 Excel 中打开本加载项',
        body: <div>这个页面是 Excel 的任务窗格，需在 Excel 中打开：开始 → 政务公开年报。{VERSIONS}</div>,
      };
  }
}

/** Shown instead of the tabs when the pane cannot work here: the problem first, then what the add-in does. */
export function HostProblem({ status }: { status: Exclude<HostStatus, 'excel' | 'wps'> }) {
  const styles = useHostProblemStyles();
  const { title, body } = problem(status, styles);
  return (
    <section className={styles.root} aria-label="无法使用">
      <MessageBar intent={status === 'notExcel' ? 'warning' : 'error'} layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
      <Text weight="semibold">在 Excel 中，本加载项可以：</Text>
      <ul className={styles.list}>
        <li>插入工作表：插入表二、表三、表四和正文素材，合计为公式，填写单元格标黄。</li>
        <li>校验：核对勾稽关系、空白和非数字，点击问题即可定位到单元格。</li>
        <li>生成报告：由正文素材和表格生成报告全文，下载 Word 文档。</li>
        <li>上年报告：导入上年已发布的年报，核对上年结转。</li>
      </ul>
    </section>
  );
}
