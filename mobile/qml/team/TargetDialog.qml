import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Sets a monthly target (the month of the reports' period) for a team or a person in the
// manager's subtree; the server checks the scope and answers with a message when it refuses.
Dialog {
    id: dialog

    required property ReportsModel model
    required property TeamDirectory directory

    objectName: "targetDialog"
    parent: Overlay.overlay
    // A plain card: Material's elevation shadow is a shader the software renderer (offscreen)
    // cannot draw (see SignOutDialog).
    background: Rectangle {
        radius: 4
        color: dialog.Material.dialogColor
    }
    title: qsTr("Target for %1").arg(model.month)
    modal: true
    width: 420
    standardButtons: Dialog.Cancel
    contentHeight: form.implicitHeight

    function metricLabel(metric) {
        switch (metric) {
        case "won_amount": return qsTr("Won amount")
        case "won_deals": return qsTr("Won deals")
        case "visits": return qsTr("Check-ins")
        case "new_customers": return qsTr("New customers")
        default: return metric
        }
    }
    function result(ok, message) {
        saving = false
        if (ok) close()
        else errorText = message
    }

    property bool saving: false
    property string errorText: ""
    readonly property bool valueValid: valueField.text !== "" && valueField.acceptableInput

    onOpened: { errorText = ""; valueField.text = "" }

    ColumnLayout {
        id: form
        width: parent.width
        spacing: 8
        ComboBox {
            id: kindBox
            objectName: "targetKind"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "key"
            model: [{ key: "unit", text: qsTr("A team") }, { key: "user", text: qsTr("A person") }]
        }
        ComboBox {
            id: subjectBox
            objectName: "targetSubject"
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "id"
            model: kindBox.currentValue === "unit"
                ? dialog.directory.units.map(u => ({ id: u.id, label: u.name }))
                : dialog.directory.users.map(u => ({ id: u.id, label: u.display_name !== "" ? u.display_name : u.login }))
        }
        ComboBox {
            id: metricBox
            objectName: "targetMetric"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "key"
            model: ["won_amount", "won_deals", "visits", "new_customers"].map(m => ({ key: m, text: dialog.metricLabel(m) }))
        }
        TextField {
            id: valueField
            objectName: "targetValue"
            Layout.fillWidth: true
            placeholderText: qsTr("Target value")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            validator: DoubleValidator { bottom: 0; top: 1e12; notation: DoubleValidator.StandardNotation }
        }
        Label {
            objectName: "targetError"
            Layout.fillWidth: true
            visible: dialog.errorText !== "" || (valueField.text !== "" && !valueField.acceptableInput)
            text: dialog.errorText !== "" ? dialog.errorText : qsTr("Enter a number of 0 or more")
            color: Material.color(Material.DeepOrange)
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "saveTargetButton"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Save target")
            highlighted: true
            enabled: dialog.valueValid && subjectBox.currentValue !== undefined && !dialog.saving
            onClicked: {
                dialog.saving = true
                dialog.errorText = ""
                dialog.model.setTarget(kindBox.currentValue, subjectBox.currentValue, metricBox.currentValue,
                                       Number(valueField.text))
            }
        }
    }
}
