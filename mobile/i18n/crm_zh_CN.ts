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
    <message>
        <source>Cannot set the damaged data file aside: %1</source>
        <translation>无法另存损坏的数据文件：%1</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again in %1.</source>
        <translation>登录尝试次数过多，请在 %1后重试。</translation>
    </message>
    <message>
        <source>The server is busy. The app tries again in %1.</source>
        <translation>服务器繁忙，应用将在 %1后重试。</translation>
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
    <name>ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The conflict log is on the server: connect to the network to review it.</source>
        <translation>冲突记录保存在服务器上：请连接网络后审阅。</translation>
    </message>
    <message>
        <source>The value was re-applied; every device gets it.</source>
        <translation>已重新应用该值，所有设备都会收到。</translation>
    </message>
    <message>
        <source>The conflict was dismissed.</source>
        <translation>已忽略该冲突。</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 条冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>No open conflicts: no two edits of the same field have met since the last review.</source>
        <translation>没有未处理的冲突：自上次审阅以来，没有同一字段的两次修改相遇。</translation>
    </message>
    <message>
        <source>No conflicts here.</source>
        <translation>这里没有冲突。</translation>
    </message>
    <message>
        <source>%1 “%2” · %3</source>
        <translation>%1“%2”· %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>record deleted</source>
        <translation>记录已删除</translation>
    </message>
    <message>
        <source>re-applied by %1</source>
        <translation>已由 %1 重新应用</translation>
    </message>
    <message>
        <source>dismissed by %1</source>
        <translation>已由 %1 忽略</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>被覆盖的值</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Re-apply lost value</source>
        <translation>重新应用被覆盖的值</translation>
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
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Segment %1, score %2 of 100</source>
        <translation>%1 级，评分 %2（满分 100）</translation>
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
    <message>
        <source>Value segment</source>
        <translation>价值分级</translation>
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
    <message>
        <source>Value %1</source>
        <translation>价值 %1</translation>
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
    <message>
        <source>Key field: waits for a manager's approval</source>
        <translation>关键字段：等待经理审批</translation>
    </message>
    <message>
        <source>Key field change</source>
        <translation>关键字段变更</translation>
    </message>
    <message>
        <source>Value segment</source>
        <translation>价值分级</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Requested from device</source>
        <translation>申请设备</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>审批意见</translation>
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
    <name>DuplicatesModel</name>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>公司相同</translation>
    </message>
    <message>
        <source>same person and company</source>
        <translation>联系人和公司相同</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>线索池</translation>
    </message>
    <message>
        <source>Merge %1 done: %2 linked records moved to the survivor.</source>
        <translation>合并 %1 已完成：%2 条关联记录已转到主记录。</translation>
    </message>
    <message>
        <source>Merge %1 undone.</source>
        <translation>合并 %1 已撤销。</translation>
    </message>
    <message>
        <source>Merge %1 undone; %2 linked records changed since stay with the survivor.</source>
        <translation>合并 %1 已撤销；之后被改动的 %2 条关联记录仍留在主记录下。</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reviewing duplicates needs a connection to the server. Try again when you are online.</source>
        <translation>查重需要连接服务器，请联网后重试。</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>未发现重复记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s): %1</source>
        <translation>
            <numerusform>%n 条记录：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into the chosen one</source>
        <translation>合并到选中的记录</translation>
    </message>
    <message>
        <source>Keeps (survivor)</source>
        <translation>保留（主记录）</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>保留这条</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>最近的合并</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) · %1 · %2</source>
        <translation>
            <numerusform>%n 条重复 · %1 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
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
    <name>KeyFieldHistorySection</name>
    <message>
        <source>Key-field history</source>
        <translation>关键字段历史</translation>
    </message>
    <message>
        <source>No key-field changes yet</source>
        <translation>暂无关键字段修改</translation>
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
    <name>LeadPoolModel</name>
    <message>
        <source>(no pool)</source>
        <translation>（未归池）</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned.</source>
        <translation>
            <numerusform>已分配 %n 条线索。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadPoolPage</name>
    <message>
        <source>Lead pools</source>
        <translation>线索池</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Lead pools need a connection to the server. Try again when you are online.</source>
        <translation>线索池需要连接服务器，请联网后重试。</translation>
    </message>
    <message>
        <source>No unassigned leads.</source>
        <translation>没有未分配的线索。</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>Choose a pool to see its leads.</source>
        <translation>选择一个线索池查看其中的线索。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s)</source>
        <translation>
            <numerusform>分配 %n 条线索</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaderComment</name>
    <message>
        <source>Only managers and headquarters write comments.</source>
        <translation>只有经理和总部可以写批示。</translation>
    </message>
    <message>
        <source>This visit is not on this device.</source>
        <translation>该拜访不在本设备上。</translation>
    </message>
    <message>
        <source>Write a comment first</source>
        <translation>请先填写批示内容</translation>
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
    <name>ManagementClient</name>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>The server sent an unreadable answer.</source>
        <translation>服务器返回了无法读取的应答。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
</context>
<context>
    <name>ManagementNav</name>
    <message>
        <source>Team review</source>
        <translation>团队审阅</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>关键字段审批</translation>
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
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>Lead pools</source>
        <translation>线索池</translation>
    </message>
    <message>
        <source>Org &amp; users</source>
        <translation type="vanished">组织与用户</translation>
    </message>
    <message>
        <source>Org and users</source>
        <translation>组织与用户</translation>
    </message>
</context>
<context>
    <name>MasterDetailPane</name>
    <message>
        <source>Select an item on the left</source>
        <translation>请在左侧选择一项</translation>
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
    <name>OrgModel</name>
    <message>
        <source>Check the highlighted fields.</source>
        <translation>请检查标出的字段。</translation>
    </message>
    <message>
        <source>Org changes need a connection to the server: %1</source>
        <translation>组织架构变更需要连接服务器：%1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Unit %1 added under %2.</source>
        <translation>已在 %2 下新增部门 %1。</translation>
    </message>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation>部门不能隶属于自身。</translation>
    </message>
    <message>
        <source>Unit %1 moved under %2; devices re-scope at their next sync.</source>
        <translation>部门 %1 已移至 %2 下；各设备将在下次同步时更新可见范围。</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ - only, no spaces.</source>
        <translation>只能使用字母、数字和 . _ @ -，不能有空格。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>User %1 added to %2.</source>
        <translation>已将用户 %1 添加到 %2。</translation>
    </message>
    <message>
        <source>%1 moved to %2; devices re-scope at their next sync.</source>
        <translation>%1 已移至 %2；各设备将在下次同步时更新可见范围。</translation>
    </message>
    <message>
        <source>Choose another person to take the book.</source>
        <translation>请选择另一名人员接手客户。</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 was deactivated; the book now belongs to %2.</source>
        <translation>%1 已停用；其客户现归 %2 所有。</translation>
    </message>
    <message>
        <source>%1 is active again and signs in afresh.</source>
        <translation>%1 已重新启用，需要重新登录。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; the data on their devices is removed at their next contact with the server (edits they had not synced are kept in the server's rejection log).</source>
        <translation>%1 将无法再登录；其设备上的数据会在下次连接服务器时被清除（尚未同步的修改保存在服务器的拒绝记录中）。</translation>
    </message>
    <message numerus="yes">
        <source>%1's %n record(s) stay without a new owner.</source>
        <translation>
            <numerusform>%1 的 %n 条记录将没有新的负责人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) (customers, leads, deals, tasks, with their contacts and visits) move from %1 to %2.</source>
        <translation>
            <numerusform>%n 条记录（客户、线索、商机、任务及其联系人和拜访）将从 %1 移交给 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>Organization</source>
        <translation>组织架构</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个部门</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 名用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Pick a person in the tree</source>
        <translation>请在左侧组织树中选择一名人员</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Hand the book to</source>
        <translation>客户移交给</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Add a unit</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>under</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Move a unit</source>
        <translation>移动部门</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Initial password (8 or more characters)</source>
        <translation>初始密码（至少 8 个字符）</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>停用 %1？</translation>
    </message>
</context>
<context>
    <name>PasswordChange</name>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>新密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new password may have at most %n characters.</source>
        <translation>
            <numerusform>新密码最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>The new password must not be your login.</source>
        <translation>新密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>Repeat the new password.</source>
        <translation>请再次输入新密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Changing the password needs the server, and it cannot be reached now. Nothing was changed; try again when you are online.</source>
        <translation>修改密码需要连接服务器，但现在无法连接。密码未修改，请在联网后重试。</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The server does not accept this new password: %1</source>
        <translation>服务器不接受此新密码：%1</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1.</source>
        <translation>尝试次数过多，请在 %1后重试。</translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>尝试次数过多，请稍后重试。</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your other devices are signed out when the password changes; this one stays signed in. Changing the password needs a connection to the server.</source>
        <translation>修改密码后，您的其他设备将退出登录，本设备保持登录。修改密码需要连接服务器。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message numerus="yes">
        <source>Password changed. %n other sign-in(s) of yours were signed out.</source>
        <translation>
            <numerusform>密码已修改。您的其他 %n 处登录已退出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>正在修改…</translation>
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
    <name>PendingRevisionBanner</name>
    <message>
        <source>Pending approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (asked by %4)</source>
        <translation>%1：%2 → %3（申请人 %4）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
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
    <name>ReassignButton</name>
    <message>
        <source>Reassign</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Reassign to</source>
        <translation>转交给</translation>
    </message>
    <message>
        <source>Now with %1</source>
        <translation>当前负责人：%1</translation>
    </message>
    <message>
        <source>Nobody to hand this to</source>
        <translation>没有可转交的人员</translation>
    </message>
</context>
<context>
    <name>Reassignment</name>
    <message>
        <source>Only managers and headquarters reassign.</source>
        <translation>只有经理和总部可以转交。</translation>
    </message>
    <message>
        <source>Only customers and leads can be reassigned.</source>
        <translation>只有客户和线索可以转交。</translation>
    </message>
    <message>
        <source>Pick someone of your team.</source>
        <translation>请选择您团队中的人员。</translation>
    </message>
    <message>
        <source>This record is not on this device.</source>
        <translation>此记录不在本设备上。</translation>
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
    <name>RepDayCard</name>
    <message>
        <source>Visits %1 done · %2 planned</source>
        <translation>拜访 已完成 %1 · 计划 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged check-in(s)</source>
        <translation>
            <numerusform>%n 次签到异常</numerusform>
        </translation>
    </message>
    <message>
        <source>All check-ins verified</source>
        <translation>签到全部核实</translation>
    </message>
    <message>
        <source>In %1 · out %2</source>
        <translation>签到 %1 · 签退 %2</translation>
    </message>
    <message>
        <source>Tasks %1 done · %2 overdue</source>
        <translation>任务 已完成 %1 · 逾期 %2</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <source>The end of the period must be after its start.</source>
        <translation>结束日期必须晚于开始日期。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To (exclusive)</source>
        <translation>结束（不含）</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Loading the reports…</source>
        <translation>正在加载报表…</translation>
    </message>
    <message>
        <source>Offline: figures of %1 (%2)</source>
        <translation>离线：%1 的数据（%2）</translation>
    </message>
    <message>
        <source>%1 – %2, figures of %3</source>
        <translation>%1 – %2，数据时间 %3</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>%1 · ¥%2</source>
        <translation>%1 · ¥%2</translation>
    </message>
    <message>
        <source>Lead → opportunity %1 · opportunity → won %2</source>
        <translation>线索 → 商机 %1 · 商机 → 赢单 %2</translation>
    </message>
    <message>
        <source>Customer lifecycle</source>
        <translation>客户生命周期</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>赢回</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>New, bought again</source>
        <translation>新客户复购</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Repurchase (new)</source>
        <translation>新客户复购率</translation>
    </message>
    <message>
        <source>Check-ins per rep per week</source>
        <translation>每位销售每周签到</translation>
    </message>
    <message>
        <source>No check-ins in this period</source>
        <translation>此期间无签到</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <source>Weeks %1 … %2; dark: verified check-ins</source>
        <translation>第 %1 … %2 周；深色：已核实签到</translation>
    </message>
    <message>
        <source>Targets %1</source>
        <translation>%1 目标</translation>
    </message>
    <message>
        <source>No targets for this month</source>
        <translation>本月暂无目标</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation>%1 — %2：%3 / %4</translation>
    </message>
    <message>
        <source>Set a target…</source>
        <translation>设置目标…</translation>
    </message>
</context>
<context>
    <name>RevisionCard</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Asked by %1 · %2 · device %3</source>
        <translation>申请人 %1 · %2 · 设备 %3</translation>
    </message>
    <message>
        <source>Decided by %1 · %2</source>
        <translation>审批人 %1 · %2</translation>
    </message>
</context>
<context>
    <name>RevisionDecision</name>
    <message>
        <source>Only managers and headquarters decide on changes.</source>
        <translation>只有经理和总部可以审批修改。</translation>
    </message>
    <message>
        <source>This change is no longer waiting for a decision.</source>
        <translation>此修改已不在待审批状态。</translation>
    </message>
    <message>
        <source>At most 1000 characters (now %1)</source>
        <translation>最多 1000 个字符（当前 %1）</translation>
    </message>
</context>
<context>
    <name>RevisionStatusChip</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Changed by a leader</source>
        <translation>由领导直接修改</translation>
    </message>
</context>
<context>
    <name>RevisionsPage</name>
    <message>
        <source>Revisions</source>
        <translation>关键字段审批</translation>
    </message>
    <message>
        <source>My key-field changes</source>
        <translation>我的关键字段修改</translation>
    </message>
    <message>
        <source>Waiting for your decision (%1)</source>
        <translation>待您审批（%1）</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>您的申请</translation>
    </message>
    <message>
        <source>Nothing waiting for a decision</source>
        <translation>没有待审批的修改</translation>
    </message>
    <message>
        <source>You have not changed any key field</source>
        <translation>您尚未修改任何关键字段</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Changed by a leader</source>
        <translation>由领导直接修改</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>No decided changes</source>
        <translation>没有已处理的修改</translation>
    </message>
    <message>
        <source>Select a pending change on the left</source>
        <translation>请在左侧选择一项待审批的修改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Requested value</source>
        <translation>申请值</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>%1 · %2 · device %3</source>
        <translation>%1 · %2 · 设备 %3</translation>
    </message>
    <message>
        <source>Note for the rep (optional)</source>
        <translation>给业务员的备注（可选）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
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
    <message>
        <source>Change password…</source>
        <translation>修改密码…</translation>
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
    <message>
        <source>This device's data file is damaged and cannot be used. Your data on the server is safe. Start afresh to keep the damaged file aside (for support) and fetch your data again when you sign in. Changes this device had not yet synced stay in the damaged file.</source>
        <translation>此设备的数据文件已损坏，无法使用。您在服务器上的数据是安全的。选择“重新开始”会把损坏的文件另存一旁（供技术支持查看），登录后重新获取您的数据。此设备尚未同步的更改仍保留在损坏的文件中。</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>The damaged data file was kept as %1. Sign in to fetch your data.</source>
        <translation>损坏的数据文件已保存为 %1。请登录以获取您的数据。</translation>
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
    <message>
        <source>My key-field changes</source>
        <translation>我的关键字段修改</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>关键字段审批</translation>
    </message>
    <message>
        <source>Server busy: next try at %1</source>
        <translation>服务器繁忙：将于 %1 重试</translation>
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
    <name>TargetDialog</name>
    <message>
        <source>Target for %1</source>
        <translation>%1 的目标</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>签到数</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Enter a number of 0 or more</source>
        <translation>请输入不小于 0 的数字</translation>
    </message>
    <message>
        <source>Save target</source>
        <translation>保存目标</translation>
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
    <name>TeamReviewPage</name>
    <message>
        <source>Team review</source>
        <translation>团队审阅</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>From YYYY-MM-DD</source>
        <translation>开始日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>To YYYY-MM-DD</source>
        <translation>结束日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Dates as YYYY-MM-DD, the first not after the last</source>
        <translation>日期格式 YYYY-MM-DD，开始不能晚于结束</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>No visits in this period</source>
        <translation>此期间没有拜访</translation>
    </message>
</context>
<context>
    <name>TeamVisitPanel</name>
    <message>
        <source>Select a visit on the left</source>
        <translation>请在左侧选择一次拜访</translation>
    </message>
    <message>
        <source>This visit is not on this device.</source>
        <translation>该拜访不在本设备上。</translation>
    </message>
    <message>
        <source>Visit by %1</source>
        <translation>拜访人：%1</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <source>checked in %1</source>
        <translation>签到 %1</translation>
    </message>
    <message>
        <source>checked out %1</source>
        <translation>签退 %1</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>尚未核验</translation>
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
        <source>Comments</source>
        <translation>批示</translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation>暂无批示</translation>
    </message>
    <message>
        <source>Not yet synced: the rep gets it after your next sync</source>
        <translation>尚未同步：下次同步后业务员即可收到</translation>
    </message>
    <message>
        <source>Written %1 · read by the rep %2</source>
        <translation>写于 %1 · 业务员已读 %2</translation>
    </message>
    <message>
        <source>Written %1 · not yet read</source>
        <translation>写于 %1 · 尚未阅读</translation>
    </message>
    <message>
        <source>Write a comment for the rep</source>
        <translation>给业务员写批示</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>发送批示</translation>
    </message>
</context>
<context>
    <name>TeamVisitRow</name>
    <message>
        <source>planned, not checked in</source>
        <translation>已计划，未签到</translation>
    </message>
    <message>
        <source>device only</source>
        <translation>仅设备判定</translation>
    </message>
    <message>
        <source>device ≠ server</source>
        <translation>设备与服务器判定不一致</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n 条批示</numerusform>
        </translation>
    </message>
    <message>
        <source>unread by rep</source>
        <translation>业务员未读</translation>
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
    <name>ValueSegmentChip</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
<context>
    <name>WaitText</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
</context>
</TS>