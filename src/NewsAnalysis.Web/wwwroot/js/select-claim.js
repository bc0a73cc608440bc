// Turns a selection inside #article-body (a single text node holding the stored body) into the claim's offsets.
(function () {
    const body = document.getElementById("article-body");
    const form = document.getElementById("add-claim-form");
    if (!body || !form) return;
    document.addEventListener("selectionchange", function () {
        const selection = document.getSelection();
        if (!selection || selection.rangeCount === 0) return;
        const range = selection.getRangeAt(0);
        const text = body.firstChild;
        if (!text || range.startContainer !== text || range.endContainer !== text || range.collapsed) return;
        form.elements["Start"].value = range.startOffset;
        form.elements["End"].value = range.endOffset;
        form.elements["Text"].value = text.data.substring(range.startOffset, range.endOffset);
    });
})();
