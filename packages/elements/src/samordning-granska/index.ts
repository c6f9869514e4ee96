export {
  SamordningGranska,
  type SamordningGranskaCompareDetail,
  type SamordningGranskaDownloadDetail,
  type SamordningGranskaReadDetail,
  type SamordningGranskaStrings,
} from './samordning-granska.js';
