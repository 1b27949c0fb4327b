import QtQuick

// The side navigation of the wide (tablet / desktop) layout for managers and hq, in one place.
// page: the QML file shown; split: true for the phone's list pages, shown as a list on the left
// whose details open on the right (false: the page lays out master and detail itself).
// roles: who sees the entry. Other areas are added here with one line each.
ListModel {
    ListElement { key: "teamReview"; title: qsTr("Team review"); page: "TeamReviewPage.qml"; split: false; roles: "manager hq" }
    ListElement { key: "revisions"; title: qsTr("Revisions"); page: "RevisionsPage.qml"; split: false; roles: "manager hq" }
    ListElement { key: "customers"; title: qsTr("Customers"); page: "CustomerListPage.qml"; split: true; roles: "manager hq" }
    ListElement { key: "leads"; title: qsTr("Leads"); page: "LeadListPage.qml"; split: true; roles: "manager hq" }
    ListElement { key: "deals"; title: qsTr("Deals"); page: "OpportunityListPage.qml"; split: true; roles: "manager hq" }
    ListElement { key: "tasks"; title: qsTr("Tasks"); page: "TaskListPage.qml"; split: true; roles: "manager hq" }
    ListElement { key: "today"; title: qsTr("Today"); page: "TodayPage.qml"; split: true; roles: "manager hq" }
    ListElement { key: "reports"; title: qsTr("Reports"); page: "ReportsPage.qml"; split: false; roles: "manager hq" }
    ListElement { key: "conflicts"; title: qsTr("Conflicts"); page: "ConflictsPage.qml"; split: false; roles: "manager hq" }
    ListElement { key: "duplicates"; title: qsTr("Duplicates"); page: "DuplicatesPage.qml"; split: false; roles: "hq" }
    ListElement { key: "leadPools"; title: qsTr("Lead pools"); page: "LeadPoolPage.qml"; split: false; roles: "hq" }
    ListElement { key: "org"; title: qsTr("Org and users"); page: "OrgPage.qml"; split: false; roles: "hq" }
}
