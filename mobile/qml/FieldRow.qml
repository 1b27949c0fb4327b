import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One "label: value" line of the customer detail page; hidden when the value is empty.
ColumnLayout {
    property string label
    property string value

    visible: value !== ""
    spacing: 0
    Layout.fillWidth: true

    Label {
        text: parent.label
        font.pixelSize: 12
        opacity: 0.6
    }
    Label {
        text: parent.value
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
