/**
 * Korean wording the centre uses, laid over Decap's Korean locale: the workflow is 초안 → 검토 중 → 발행 준비,
 * and an oversized image says what to do about it.
 */
type Phrases = { [key: string]: string | Phrases };

export const koreanOverrides: Phrases = {
  app: {
    header: { workflow: '작업 흐름' },
  },
  editor: {
    editor: {
      onPublishingNotReady: '발행하기 전에 상태를 「발행 준비」로 바꾸세요.',
      onPublishing: '이 글을 발행할까요? 몇 분 뒤 누리집에 나옵니다.',
    },
    editorToolbar: {
      draft: '초안',
      inReview: '검토 중',
      ready: '발행 준비',
      publish: '발행',
      publishNow: '지금 발행',
      published: '발행됨',
      publishing: '발행 중...',
      publishAndCreateNew: '발행하고 새로 만들기',
      publishAndDuplicate: '발행하고 복제',
      deleteEntry: '이 글 삭제',
      deletePublishedEntry: '발행된 글 삭제',
      deleteUnpublishedEntry: '발행 전 글 삭제',
      deleteUnpublishedChanges: '발행 전 고친 내용 버리기',
    },
  },
  workflow: {
    workflowList: {
      draftHeader: '초안',
      inReviewHeader: '검토 중',
      readyHeader: '발행 준비',
      onPublishingNotReadyEntry: '「발행 준비」 칸에 있는 글만 발행할 수 있습니다. 카드를 「발행 준비」 칸으로 끌어 놓으세요.',
    },
  },
  mediaLibrary: {
    mediaLibrary: {
      fileTooLarge:
        '이미지가 너무 큽니다. %{size} kB(약 1MB)까지 올릴 수 있습니다.\n가로 1600px 이하로 줄이거나 JPG로 저장해 다시 올려 주세요. 방법은 직원 안내서의 「이미지 올리기」를 보세요.',
    },
  },
};

/** `base` with every phrase in `overrides` replaced; phrases not mentioned stay as Decap wrote them. */
export function mergePhrases(base: Phrases, overrides: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return merged;
}
