<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <source>Cannot open the local data file %1: %2</source>
        <translation>无法打开本地数据文件 %1：%2</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced or refused by the server. Signing out discards them.</source>
        <translation>
            <numerusform>有 %n 项更改尚未同步或被服务器拒绝。退出登录将丢弃这些更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-out failed: %1</source>
        <translation>退出登录失败：%1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="vanished">未登录。</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="vanished">请修改标出的字段。</translation>
    </message>
    <message>
        <source>Could not save the visit: %1</source>
        <translation type="vanished">无法保存拜访：%1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>Signed out by the server: %1</source>
        <translation>服务器已将您退出登录：%1</translation>
    </message>
</context>
<context>
    <name>CheckInStatusChip</name>
    <message>
        <source>Verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <source>Outside radius · %1 away</source>
        <translation>超出范围 · 相距 %1</translation>
    </message>
    <message>
        <source>Outside radius</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>No position fix</source>
        <translation>未获取定位</translation>
    </message>
    <message>
        <source>Manual check-in</source>
        <translation>手动签到</translation>
    </message>
    <message>
        <source>Customer has no stored position</source>
        <translation>客户未设置位置</translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <source>Discovery</source>
        <translation>初步接触</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>签约成交</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>customer lifecycle</comment>
        <translation>流失</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>CommentCard</name>
    <message>
        <source>Your manager on %1</source>
        <translation>经理对 %1 的批示</translation>
    </message>
    <message>
        <source>Your manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPage</name>
    <message>
        <source>Record visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation type="vanished">尚未同步</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>拨打</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>暂无联系人</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="vanished">拜访记录</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>暂无拜访</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation type="vanished">计划于 %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="vanished">结果：%1</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <source>This customer is no longer on this device.</source>
        <translation>该客户已不在本设备上。</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>No opportunities</source>
        <translation>暂无商机</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>CustomerFilterSheet</name>
    <message>
        <source>Filter customers</source>
        <translation>筛选客户</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No customers to filter yet</source>
        <translation>暂无可筛选的客户</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Search name, phone or region</source>
        <translation type="vanished">搜索名称、电话或区域</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <source>No customers</source>
        <translation>暂无客户</translation>
    </message>
    <message>
        <source>Search name, phone, contact, tag</source>
        <translation>搜索名称、电话、联系人、标签</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>筛选（%1）</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>没有匹配的客户</translation>
    </message>
    <message>
        <source>Showing the first %1 matches. Type more to narrow the search.</source>
        <translation>仅显示前 %1 条结果，输入更多内容可缩小范围。</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批示</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>组织单元</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>价值评分</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Credit level</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>关键人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Lead pool</source>
        <translation>线索池</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>重复于</translation>
    </message>
    <message>
        <source>Reason for invalid</source>
        <translation>无效原因</translation>
    </message>
    <message>
        <source>Converted to customer</source>
        <translation>已转为客户</translation>
    </message>
    <message>
        <source>Converted to opportunity</source>
        <translation>已转为商机</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Reason for loss</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Check-in latitude</source>
        <translation>签到纬度</translation>
    </message>
    <message>
        <source>Check-in longitude</source>
        <translation>签到经度</translation>
    </message>
    <message>
        <source>Check-in accuracy</source>
        <translation>签到精度</translation>
    </message>
    <message>
        <source>Position source</source>
        <translation>定位来源</translation>
    </message>
    <message>
        <source>Position age</source>
        <translation>定位时长</translation>
    </message>
    <message>
        <source>Distance from customer</source>
        <translation>与客户的距离</translation>
    </message>
    <message>
        <source>Check-in result</source>
        <translation>签到结果</translation>
    </message>
    <message>
        <source>Server check-in result</source>
        <translation>服务器签到核验</translation>
    </message>
    <message>
        <source>Check-out time</source>
        <translation>签退时间</translation>
    </message>
    <message>
        <source>Check-out latitude</source>
        <translation>签退纬度</translation>
    </message>
    <message>
        <source>Check-out longitude</source>
        <translation>签退经度</translation>
    </message>
    <message>
        <source>Check-out accuracy</source>
        <translation>签退精度</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>阅读时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>关联类型</translation>
    </message>
    <message>
        <source>Related record</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>原阶段</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>变更时间</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>变更人</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Partly overwritten</source>
        <translation>部分被覆盖</translation>
    </message>
    <message>
        <source>Moved to another book</source>
        <translation>已转入他人名下</translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation>数据无效</translation>
    </message>
    <message>
        <source>Not allowed for your role</source>
        <translation>您的角色无此权限</translation>
    </message>
    <message>
        <source>Record not found or no longer yours</source>
        <translation>记录不存在或已不归您负责</translation>
    </message>
    <message>
        <source>Record already exists</source>
        <translation>记录已存在</translation>
    </message>
    <message>
        <source>Key field: needs a manager's approval</source>
        <translation>关键字段：需经理审批</translation>
    </message>
    <message>
        <source>Saved in another rep's book</source>
        <translation>已保存到其他代表名下</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
</context>
<context>
    <name>DueDates</name>
    <message>
        <source>1 day late</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
</context>
<context>
    <name>EditSupport</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Too long: at most %1 bytes.</source>
        <translation>内容过长：最多 %1 字节。</translation>
    </message>
    <message>
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation>请输入有效日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation>请输入有效的日期和时间。</translation>
    </message>
    <message>
        <source>Contains characters that cannot be stored.</source>
        <translation>包含无法保存的字符。</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>InitialSyncPanel</name>
    <message>
        <source>Downloading your customers</source>
        <translation>正在下载您的客户</translation>
    </message>
    <message>
        <source>The first sync brings your whole book onto this phone, so that it works without a network. This happens once.</source>
        <translation>首次同步会把您负责的全部客户数据下载到手机上，之后没有网络也能使用。只需进行一次。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
</context>
<context>
    <name>LeadActions</name>
    <message>
        <source>Enter a person or a company</source>
        <translation>请填写个人或公司</translation>
    </message>
    <message>
        <source>This lead is no longer on this device.</source>
        <translation>该线索已不在本设备上。</translation>
    </message>
    <message>
        <source>This lead is already closed.</source>
        <translation>该线索已关闭。</translation>
    </message>
    <message>
        <source>First deal with %1</source>
        <translation>%1 的首个商机</translation>
    </message>
    <message>
        <source>Say why the lead is invalid</source>
        <translation>请填写无效原因</translation>
    </message>
</context>
<context>
    <name>LeadDetailPage</name>
    <message>
        <source>Mark invalid</source>
        <translation>标记无效</translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>This lead is no longer on this device.</source>
        <translation>该线索已不在本设备上。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>拨打</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Reason invalid</source>
        <translation>无效原因</translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Why is the lead invalid?</source>
        <translation>线索为何无效？</translation>
    </message>
    <message>
        <source>e.g. wrong number, no need</source>
        <translation>例如：号码错误、无需求</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LeadFormPage</name>
    <message>
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Save lead</source>
        <translation>保存线索</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicate: %n record(s) on this device</source>
        <translation>
            <numerusform>本设备上有 %n 条可能重复的记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>same phone and company</source>
        <translation>电话和公司相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>公司相同</translation>
    </message>
    <message>
        <source>You can still save the lead.</source>
        <translation>您仍可保存该线索。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>e.g. trade fair, referral</source>
        <translation>例如：展会、转介绍</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
</context>
<context>
    <name>LeadListPage</name>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Search person, company, phone</source>
        <translation>搜索姓名、公司、电话</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No leads here</source>
        <translation>暂无线索</translation>
    </message>
</context>
<context>
    <name>LifecycleChip</name>
    <message>
        <source>active</source>
        <translation type="vanished">活跃</translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="vanished">流失</translation>
    </message>
    <message>
        <source>potential</source>
        <translation type="vanished">潜在</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Field CRM</source>
        <translation>外勤 CRM</translation>
    </message>
</context>
<context>
    <name>OpportunityActions</name>
    <message>
        <source>Say why the deal was lost</source>
        <translation>请填写输单原因</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>请修改标出的字段。</translation>
    </message>
    <message>
        <source>This opportunity is no longer on this device.</source>
        <translation>该商机已不在本设备上。</translation>
    </message>
</context>
<context>
    <name>OpportunityDetailPage</name>
    <message>
        <source>This opportunity is no longer on this device.</source>
        <translation>该商机已不在本设备上。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>成交条件</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>e.g. 120000</source>
        <translation>例如：120000</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Save amount and date</source>
        <translation>保存金额和日期</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段记录</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>暂无变更</translation>
    </message>
    <message>
        <source>Opened in %1</source>
        <translation>创建于 %1 阶段</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>为什么输单？</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>标记输单</translation>
    </message>
</context>
<context>
    <name>OpportunityFormPage</name>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Save opportunity</source>
        <translation>保存商机</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What is being sold</source>
        <translation>销售的产品或服务</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>e.g. 120000</source>
        <translation>例如：120000</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>OpportunityListPage</name>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No deals here</source>
        <translation>暂无商机</translation>
    </message>
</context>
<context>
    <name>OpportunityRow</name>
    <message>
        <source>closes %1</source>
        <translation>预计 %1 成交</translation>
    </message>
</context>
<context>
    <name>PendingMarker</name>
    <message>
        <source>not yet synced</source>
        <translation>尚未同步</translation>
    </message>
</context>
<context>
    <name>PlanVisitPage</name>
    <message>
        <source>Plan a visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
</context>
<context>
    <name>RecordValidation</name>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD</source>
        <translation>请按 YYYY-MM-DD 格式输入日期</translation>
    </message>
    <message>
        <source>Enter a number</source>
        <translation>请输入数字</translation>
    </message>
    <message>
        <source>Must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <source>Must be at most %1</source>
        <translation>不能大于 %1</translation>
    </message>
    <message>
        <source>Too long (at most %1 bytes)</source>
        <translation>内容过长（最多 %1 字节）</translation>
    </message>
    <message>
        <source>Choose one of the offered values</source>
        <translation>请从给定选项中选择</translation>
    </message>
    <message>
        <source>Contains characters that cannot be stored</source>
        <translation>包含无法保存的字符</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>请修改标出的字段。</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1（失败：%2）</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Online: changes sync by themselves</source>
        <translation>在线：更改会自动同步</translation>
    </message>
    <message>
        <source>Offline: changes are kept on this phone until the server is reachable</source>
        <translation>离线：更改保存在手机上，连上服务器后自动同步</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>待同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>应用版本</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Field CRM</source>
        <translation>外勤 CRM</translation>
    </message>
    <message>
        <source>Sign in to sync your customers</source>
        <translation>登录以同步您的客户</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Sign out?</source>
        <translation>退出登录？</translation>
    </message>
    <message numerus="yes">
        <source>This device holds %n change(s) that the server has not accepted yet (unsynced edits and sync issues). Signing out deletes them from this device for good.</source>
        <translation>
            <numerusform>本设备有 %n 项服务器尚未接受的更改（未同步的修改和同步问题）。退出登录会将其从本设备永久删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync first, or look at the sync issues, to keep them.</source>
        <translation>如需保留，请先同步或查看同步问题。</translation>
    </message>
    <message numerus="yes">
        <source>Sign out and discard %n change(s)</source>
        <translation>
            <numerusform>退出并丢弃 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>All changes synced</source>
        <translation>所有更改已同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n 项更改尚未同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <source>Sync failed %1: %2</source>
        <translation>同步失败 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>Sync issues</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>SyncIssueListModel</name>
    <message>
        <source>(cleared)</source>
        <translation>（已清空）</translation>
    </message>
</context>
<context>
    <name>SyncIssuesPage</name>
    <message>
        <source>Sync issues</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>No sync issues. Everything you changed was accepted by the server.</source>
        <translation>没有同步问题。您的所有更改均已被服务器接受。</translation>
    </message>
    <message>
        <source>The server did not take these changes as they were. What you entered is kept here: redo what still matters, then dismiss.</source>
        <translation>服务器未按原样接受以下更改。您输入的内容保留在这里：重做仍需要的更改，然后忽略。</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Overwritten by a newer change: %1</source>
        <translation>被更新的修改覆盖：%1</translation>
    </message>
    <message>
        <source>What you entered</source>
        <translation>您输入的内容</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>SyncProgressState</name>
    <message>
        <source>Sending %1 of %2 changes</source>
        <translation>正在发送更改 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 records received (%n page(s))</source>
        <translation>
            <numerusform>已接收 %1 条记录（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation>请输入有效日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM.</source>
        <translation>请按 HH:MM 格式输入时间。</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>请修改标出的字段。</translation>
    </message>
    <message>
        <source>Could not save the task: %1</source>
        <translation>无法保存任务：%1</translation>
    </message>
    <message>
        <source>The task is not on this device.</source>
        <translation>该任务不在本设备上。</translation>
    </message>
</context>
<context>
    <name>TaskFormPage</name>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>保存任务</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: no due date)</source>
        <translation>YYYY-MM-DD（留空表示无截止日期）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No open tasks. Follow-up dates of visits create tasks here.</source>
        <translation>暂无待办任务。拜访中填写的跟进日期会在这里生成任务。</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>Hide done tasks</source>
        <translation>隐藏已完成任务</translation>
    </message>
    <message>
        <source>Show done tasks (%1)</source>
        <translation>显示已完成任务（%1）</translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message>
        <source>Comment · %1</source>
        <translation>批示 · %1</translation>
    </message>
    <message>
        <source>Planned · %1</source>
        <translation>计划 · %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>今日拜访</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>今日到期任务</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <source>Comments from your manager</source>
        <translation>经理批示</translation>
    </message>
    <message>
        <source>Nothing planned for today. Plan a visit, or open a customer to record one.</source>
        <translation>今天没有计划。可以计划拜访，或打开客户记录拜访。</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
</context>
<context>
    <name>VisitDetailPage</name>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Continue visit / check out</source>
        <translation>继续拜访 / 签退</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>This visit is not on this device.</source>
        <translation>该拜访不在本设备上。</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Check-in on the device</source>
        <translation>设备签到核验</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>定位来源 %1</translation>
    </message>
    <message>
        <source>%1 from the customer</source>
        <translation>距客户 %1</translation>
    </message>
    <message>
        <source>accuracy ±%1</source>
        <translation>精度 ±%1</translation>
    </message>
    <message>
        <source>fix %1 s old</source>
        <translation>定位于 %1 秒前</translation>
    </message>
    <message>
        <source>Check-in on the server</source>
        <translation>服务器签到核验</translation>
    </message>
    <message>
        <source>Not yet verified by the server</source>
        <translation>服务器尚未核验</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>签退时间</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>跟进任务</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>批示</translation>
    </message>
    <message>
        <source>No comments from your manager</source>
        <translation>暂无经理批示</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation>请输入有效日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM.</source>
        <translation>请按 HH:MM 格式输入时间。</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>请先选择客户。</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>请修改标出的字段。</translation>
    </message>
    <message>
        <source>Could not save the visit: %1</source>
        <translation>无法保存拜访：%1</translation>
    </message>
    <message>
        <source>This visit is already checked in.</source>
        <translation>该拜访已签到。</translation>
    </message>
    <message>
        <source>The customer is not on this device.</source>
        <translation>该客户不在本设备上。</translation>
    </message>
    <message>
        <source>No position yet: wait for a fix, or check in manually.</source>
        <translation>尚未获取定位：请等待定位，或手动签到。</translation>
    </message>
    <message>
        <source>Could not check in: %1</source>
        <translation>签到失败：%1</translation>
    </message>
    <message>
        <source>Check in first.</source>
        <translation>请先签到。</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <source>Could not check out: %1</source>
        <translation>签退失败：%1</translation>
    </message>
    <message>
        <source>No position yet.</source>
        <translation>尚未获取定位。</translation>
    </message>
    <message>
        <source>Could not store the position: %1</source>
        <translation>无法保存位置：%1</translation>
    </message>
</context>
<context>
    <name>VisitFormPage</name>
    <message>
        <source>Record visit</source>
        <translation type="vanished">记录拜访</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation type="vanished">保存拜访</translation>
    </message>
    <message>
        <source>Check-in: now (%1)</source>
        <translation type="vanished">签到：现在（%1）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Follow-up date (YYYY-MM-DD)</source>
        <translation type="vanished">跟进日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Position found (±%1, %2)</source>
        <translation>已定位（±%1，%2）</translation>
    </message>
    <message>
        <source>Position found (%1)</source>
        <translation>已定位（%1）</translation>
    </message>
    <message>
        <source>No position fix. You can check in manually; the visit will be flagged as manual.</source>
        <translation>未能定位。您可以手动签到，该拜访将被标记为手动签到。</translation>
    </message>
    <message>
        <source>Locating you…</source>
        <translation>正在定位…</translation>
    </message>
    <message>
        <source>Check in manually</source>
        <translation>手动签到</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>计划于 %1</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>签到于 %1</translation>
    </message>
    <message>
        <source>%1 from the customer's position</source>
        <translation>距客户位置 %1</translation>
    </message>
    <message>
        <source>Checked out at %1</source>
        <translation>签退于 %1</translation>
    </message>
    <message>
        <source>Set the customer's position here</source>
        <translation>将此处设为客户位置</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (creates a follow-up task)</source>
        <translation>YYYY-MM-DD（将生成跟进任务）</translation>
    </message>
    <message>
        <source>Follow-up task: %1</source>
        <translation>跟进任务：%1</translation>
    </message>
</context>
</TS>