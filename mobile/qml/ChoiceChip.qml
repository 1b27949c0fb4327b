import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A checkable pill for filter choices (one choice of a group is checked at a time).
Button {
    id: chip

    property string value

    checkable: true
    flat: !checked
    highlighted: checked
    font.pixelSize: 13
    font.capitalization: Font.MixedCase
    topInset: 2
    bottomInset: 2
    leftPadding: 12
    rightPadding: 12
}
