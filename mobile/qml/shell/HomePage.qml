import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// The signed-in root: the rep's five areas as tabs at the bottom (thumb reach on a phone).
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property alias currentTab: tabs.currentIndex

    objectName: "homePage"

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        TodayPage { id: today; controller: page.controller; stack: page.stack }
        CustomerListPage { controller: page.controller; stack: page.stack }
        LeadListPage { controller: page.controller; stack: page.stack }
        OpportunityListPage { controller: page.controller; stack: page.stack }
        TaskListPage { controller: page.controller; stack: page.stack }
    }

    footer: TabBar {
        id: tabs
        objectName: "homeTabs"
        Material.background: "white"

        HomeTabButton { objectName: "todayTab"; text: qsTr("Today"); badge: today.unreadCount }
        HomeTabButton { objectName: "customersTab"; text: qsTr("Customers") }
        HomeTabButton { objectName: "leadsTab"; text: qsTr("Leads") }
        HomeTabButton { objectName: "dealsTab"; text: qsTr("Deals") }
        HomeTabButton { objectName: "tasksTab"; text: qsTr("Tasks") }
    }
}
