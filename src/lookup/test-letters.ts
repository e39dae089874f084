/**
 * Sample letters and e-mails written for the tests, in the style of the real ones (no real person, address or
 * number). Each names the known document it is, if any. Test-only: not imported by app code.
 */

export interface TestLetter {
  name: string;
  text: string;
  /** The known document it should be recognised as (documents.yaml id), or null. */
  document: string | null;
}

export const PICKUP_NOTICE = `個人番号カード交付通知書

あなたの個人番号カードの準備ができましたので、下記のとおり交付します。
受け取りの際は、この通知書、本人確認書類、通知カードをお持ちください。
交付場所：みどり市役所\u3000市民課
交付予約が必要です。電話で予約してください。`;

export const CARD_EXPIRY_NOTICE = `有効期限通知書
マイナンバーカードの有効期限が近づいています。
有効期限：2026年5月10日
有効期限が過ぎるとカードは使えなくなります。お早めに更新の手続きをしてください。`;

export const CERTIFICATE_EXPIRY_NOTICE = `電子証明書有効期限通知書
あなたのマイナンバーカードに搭載された署名用電子証明書及び利用者証明用電子証明書の有効期限が近づいています。
電子証明書の更新は、有効期限の3か月前からお住まいの市区町村の窓口で行えます。`;

export const MY_NUMBER_NOTICE = `個人番号通知書
あなたの個人番号（マイナンバー）をお知らせします。
この通知書は、住民票に記載されている住所あてに送付しています。`;

export const RESIDENCE_EMAIL = `【在留申請オンラインシステム】申請受付のお知らせ
あなたの在留期間更新許可申請を受け付けました。
受付番号：1234-5678
審査結果はメールでお知らせします。`;

export const PIN_RESET_INQUIRY = `照会書
代理人から、あなたの個人番号カードの暗証番号の再設定の申請がありました。
再設定を依頼した場合は、回答書に記入し、代理人にお渡しください。`;

export const TAX_LETTER = `確定申告のお知らせ
令和7年分の所得税の確定申告の期限は3月16日です。
期限内に申告してください。`;

/** Three sentences of a notice, as the end-to-end test pastes them. */
export const THREE_SENTENCES =
  'マイナンバーカードの有効期限が近づいています。有効期限の3か月前から更新できます。更新の手続きは無料です。';

/** The same kind of notice as a PDF gives it: lines cut at the column width, in the middle of words. */
export const PDF_COPY = `マイナンバーカードの有効期限が近づいていま
すので、お早めに更新の手続きをしてくださ
い。手続きには本人確認書類が必要です。`;

export const TEST_LETTERS: TestLetter[] = [
  { name: 'the pickup notice', text: PICKUP_NOTICE, document: 'pickup-notice' },
  { name: 'the card expiry notice', text: CARD_EXPIRY_NOTICE, document: 'card-expiry-notice' },
  { name: 'the certificate expiry notice', text: CERTIFICATE_EXPIRY_NOTICE, document: 'certificate-expiry-notice' },
  { name: 'the My Number notice', text: MY_NUMBER_NOTICE, document: 'my-number-notice' },
  { name: 'the online residence system e-mail', text: RESIDENCE_EMAIL, document: 'residence-online-email' },
  { name: 'the PIN reset inquiry', text: PIN_RESET_INQUIRY, document: 'pin-reset-inquiry' },
  { name: 'a tax letter (no facts for it)', text: TAX_LETTER, document: null },
  { name: 'three sentences without a title', text: THREE_SENTENCES, document: null },
];
