import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// A customer's key-field history (KeyFieldHistoryModel): every approved, direct and rejected
// change, oldest first, with who asked, when, from which device and who decided.
ColumnLayout {
    id: section

    required property AppController controller
    required property string customerId

    Layout.fillWidth: true
    spacing: 0

    KeyFieldHistoryModel {
        id: history
        objectName: "keyFieldHistoryModel"
        controller: section.controller
        customerId: section.customerId
    }

    SectionTitle { text: qsTr("Key-field history") }
    Label {
        objectName: "keyFieldHistoryEmpty"
        visible: history.count === 0
        text: qsTr("No key-field changes yet")
        opacity: 0.6
        topPadding: 6
    }
    Repeater {
        model: history
        delegate: RevisionCard {
            objectName: "keyFieldHistoryDelegate"
            Layout.fillWidth: true
            Layout.leftMargin: -16
            Layout.rightMargin: -16
            showCustomer: false
        }
    }
}
