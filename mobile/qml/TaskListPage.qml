import QtQuick
import QtQuick.Controls
import CrmMobile

// PLACEHOLDER: replaced by the issue-4 work on this page.
Page {
    required property AppController controller
    required property StackView stack
    objectName: "taskListPage"
    Label { anchors.centerIn: parent; text: "TaskListPage" }
}
