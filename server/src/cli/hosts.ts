// Which language a file on disk is read as (trust policy JSON, CloudFormation template, Terraform).
import { looksLikeTemplate } from '../service/embedded';

/** The language id the service reads a file as: templates and .tf.json keep `yaml`/`json`, Terraform is `terraform`. */
export function languageIdForFile(file: string, text: string): string {
  const lower = file.toLowerCase();
  if (lower.endsWith('.tf')) return 'terraform';
  // Terraform JSON syntax (CDKTF's cdk.tf.json): JSON that the terraform-json host format reads.
  if (lower.endsWith('.tf.json')) return 'json';
  if (/\.(ya?ml|template)$/.test(lower)) return 'yaml';
  if (lower.endsWith('.json') && looksLikeTemplate(text)) return 'json';
  return 'iam-trust-policy';
}


export { folderSiblingsStamp, readFolderSiblings } from '../siblings-node';
