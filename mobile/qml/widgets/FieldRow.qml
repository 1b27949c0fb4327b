import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One "label: value" line of a detail page; hidden when the value is empty. A Column, not a
// ColumnLayout: the value wraps, and Qt Quick Layouts keep a stale height for wrapped text when
// the value arrives after the first layout (rows then overlap).
Column {
    id: row

    property string label
    property string value

    visible: value !== ""
    spacing: 0
    Layout.fillWidth: true

    Label {
        width: row.width
        text: row.label
        font.pixelSize: 12
        opacity: 0.6
        elide: Text.ElideRight
    }
    Label {
        width: row.width
        text: row.value
        wrapMode: Text.Wrap
    }
}
