import QtQuick
import QtQuick.Controls

// The highlighted button of a page. The software renderer (QT_QPA_PLATFORM=offscreen) cannot
// draw Material's elevation shader, which would hide the whole background: drop the shadow there.
Button {
    id: button

    readonly property bool softwareRendering: GraphicsInfo.api === GraphicsInfo.Software

    function flattenIfSoftware() {
        if (softwareRendering && background)
            background.layer.enabled = false
    }

    highlighted: true
    onSoftwareRenderingChanged: flattenIfSoftware()
    Component.onCompleted: flattenIfSoftware()
}
