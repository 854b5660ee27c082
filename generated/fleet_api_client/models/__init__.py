"""Contains all the data models used in inputs/outputs.

Models load on first use: importing every one of the ~500 modules up front costs about a
second, while an endpoint module needs only a handful (fleet-facade's custom template).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_response import ActionResponse
    from .action_response_action import ActionResponseAction
    from .action_status import ActionStatus
    from .action_status_latest_errors_item import ActionStatusLatestErrorsItem
    from .action_status_status import ActionStatusStatus
    from .action_status_type import ActionStatusType
    from .agent import Agent
    from .agent_action_response import AgentActionResponse
    from .agent_agent import AgentAgent
    from .agent_components_item import AgentComponentsItem
    from .agent_components_item_status import AgentComponentsItemStatus
    from .agent_components_item_units_item import AgentComponentsItemUnitsItem
    from .agent_components_item_units_item_payload import (
        AgentComponentsItemUnitsItemPayload,
    )
    from .agent_components_item_units_item_status import (
        AgentComponentsItemUnitsItemStatus,
    )
    from .agent_components_item_units_item_type import AgentComponentsItemUnitsItemType
    from .agent_default_api_key_history_item import AgentDefaultApiKeyHistoryItem
    from .agent_last_checkin_status import AgentLastCheckinStatus
    from .agent_last_known_status import AgentLastKnownStatus
    from .agent_local_metadata import AgentLocalMetadata
    from .agent_metrics import AgentMetrics
    from .agent_outputs import AgentOutputs
    from .agent_outputs_additional_property import AgentOutputsAdditionalProperty
    from .agent_outputs_additional_property_to_retire_api_key_ids_item import (
        AgentOutputsAdditionalPropertyToRetireApiKeyIdsItem,
    )
    from .agent_policy import AgentPolicy
    from .agent_policy_advanced_settings import AgentPolicyAdvancedSettings
    from .agent_policy_agent_features_item import AgentPolicyAgentFeaturesItem
    from .agent_policy_agentless import AgentPolicyAgentless
    from .agent_policy_agentless_cloud_connectors import (
        AgentPolicyAgentlessCloudConnectors,
    )
    from .agent_policy_agentless_resources import AgentPolicyAgentlessResources
    from .agent_policy_agentless_resources_requests import (
        AgentPolicyAgentlessResourcesRequests,
    )
    from .agent_policy_create_request import AgentPolicyCreateRequest
    from .agent_policy_create_request_agent_feature_item import (
        AgentPolicyCreateRequestAgentFeatureItem,
    )
    from .agent_policy_create_request_agentless import AgentPolicyCreateRequestAgentless
    from .agent_policy_create_request_agentless_cloud_connectors import (
        AgentPolicyCreateRequestAgentlessCloudConnectors,
    )
    from .agent_policy_create_request_monitoring_enabled_item import (
        AgentPolicyCreateRequestMonitoringEnabledItem,
    )
    from .agent_policy_create_request_overrides_type_0 import (
        AgentPolicyCreateRequestOverridesType0,
    )
    from .agent_policy_create_request_required_version_item import (
        AgentPolicyCreateRequestRequiredVersionItem,
    )
    from .agent_policy_global_data_tags_item import AgentPolicyGlobalDataTagsItem
    from .agent_policy_monitoring_diagnostics import AgentPolicyMonitoringDiagnostics
    from .agent_policy_monitoring_diagnostics_limit import (
        AgentPolicyMonitoringDiagnosticsLimit,
    )
    from .agent_policy_monitoring_diagnostics_uploader import (
        AgentPolicyMonitoringDiagnosticsUploader,
    )
    from .agent_policy_monitoring_enabled_item import AgentPolicyMonitoringEnabledItem
    from .agent_policy_monitoring_http import AgentPolicyMonitoringHttp
    from .agent_policy_monitoring_http_buffer import AgentPolicyMonitoringHttpBuffer
    from .agent_policy_overrides_type_0 import AgentPolicyOverridesType0
    from .agent_policy_required_versions_type_0_item import (
        AgentPolicyRequiredVersionsType0Item,
    )
    from .agent_policy_response import AgentPolicyResponse
    from .agent_policy_status import AgentPolicyStatus
    from .agent_policy_update_request import AgentPolicyUpdateRequest
    from .agent_policy_update_request_monitoring_enabled_item import (
        AgentPolicyUpdateRequestMonitoringEnabledItem,
    )
    from .agent_policy_update_request_overrides_type_0 import (
        AgentPolicyUpdateRequestOverridesType0,
    )
    from .agent_response import AgentResponse
    from .agent_status import AgentStatus
    from .agent_status_summary import AgentStatusSummary
    from .agent_type import AgentType
    from .agent_unhealthy_reason_type_0_item import AgentUnhealthyReasonType0Item
    from .agent_upgrade_details_type_0 import AgentUpgradeDetailsType0
    from .agent_upgrade_details_type_0_metadata import AgentUpgradeDetailsType0Metadata
    from .agent_upgrade_details_type_0_metadata_failed_state import (
        AgentUpgradeDetailsType0MetadataFailedState,
    )
    from .agent_upgrade_details_type_0_state import AgentUpgradeDetailsType0State
    from .agent_user_provided_metadata import AgentUserProvidedMetadata
    from .delete_fleet_agents_files_fileid_response_200 import (
        DeleteFleetAgentsFilesFileidResponse200,
    )
    from .delete_fleet_epm_packages_pkgname_response_200 import (
        DeleteFleetEpmPackagesPkgnameResponse200,
    )
    from .deleted_object_response import DeletedObjectResponse
    from .download_source import DownloadSource
    from .download_source_response import DownloadSourceResponse
    from .download_source_secrets import DownloadSourceSecrets
    from .download_source_secrets_ssl import DownloadSourceSecretsSsl
    from .download_source_ssl import DownloadSourceSsl
    from .enrollment_api_key import EnrollmentApiKey
    from .fleet_server_host import FleetServerHost
    from .fleet_server_host_response import FleetServerHostResponse
    from .fleet_server_host_secrets import FleetServerHostSecrets
    from .fleet_server_host_secrets_ssl import FleetServerHostSecretsSsl
    from .fleet_server_host_ssl import FleetServerHostSsl
    from .fleet_server_host_ssl_client_auth import FleetServerHostSslClientAuth
    from .fleet_settings import FleetSettings
    from .fleet_settings_delete_unenrolled_agents import (
        FleetSettingsDeleteUnenrolledAgents,
    )
    from .fleet_settings_preconfigured_fields_item import (
        FleetSettingsPreconfiguredFieldsItem,
    )
    from .fleet_settings_response import FleetSettingsResponse
    from .fleet_settings_use_space_awareness_migration_status import (
        FleetSettingsUseSpaceAwarenessMigrationStatus,
    )
    from .full_agent_policy import FullAgentPolicy
    from .full_agent_policy_agent import FullAgentPolicyAgent
    from .full_agent_policy_agent_download import FullAgentPolicyAgentDownload
    from .full_agent_policy_agent_download_proxy_headers_type_0 import (
        FullAgentPolicyAgentDownloadProxyHeadersType0,
    )
    from .full_agent_policy_agent_features import FullAgentPolicyAgentFeatures
    from .full_agent_policy_agent_limits import FullAgentPolicyAgentLimits
    from .full_agent_policy_agent_logging import FullAgentPolicyAgentLogging
    from .full_agent_policy_agent_logging_files import FullAgentPolicyAgentLoggingFiles
    from .full_agent_policy_agent_logging_metrics import (
        FullAgentPolicyAgentLoggingMetrics,
    )
    from .full_agent_policy_agent_monitoring import FullAgentPolicyAgentMonitoring
    from .full_agent_policy_agent_protection import FullAgentPolicyAgentProtection
    from .full_agent_policy_connectors import FullAgentPolicyConnectors
    from .full_agent_policy_exporters import FullAgentPolicyExporters
    from .full_agent_policy_extensions import FullAgentPolicyExtensions
    from .full_agent_policy_fleet_type_0 import FullAgentPolicyFleetType0
    from .full_agent_policy_fleet_type_0_proxy_headers_type_0 import (
        FullAgentPolicyFleetType0ProxyHeadersType0,
    )
    from .full_agent_policy_fleet_type_0_secrets import FullAgentPolicyFleetType0Secrets
    from .full_agent_policy_fleet_type_0_secrets_ssl import (
        FullAgentPolicyFleetType0SecretsSsl,
    )
    from .full_agent_policy_fleet_type_0_secrets_ssl_key import (
        FullAgentPolicyFleetType0SecretsSslKey,
    )
    from .full_agent_policy_fleet_type_0_ssl import FullAgentPolicyFleetType0Ssl
    from .full_agent_policy_fleet_type_1 import FullAgentPolicyFleetType1
    from .full_agent_policy_fleet_type_1_kibana import FullAgentPolicyFleetType1Kibana
    from .full_agent_policy_input_item_data_stream import (
        FullAgentPolicyInputItemDataStream,
    )
    from .full_agent_policy_input_item_meta import FullAgentPolicyInputItemMeta
    from .full_agent_policy_input_item_meta_package import (
        FullAgentPolicyInputItemMetaPackage,
    )
    from .full_agent_policy_input_item_processor_item import (
        FullAgentPolicyInputItemProcessorItem,
    )
    from .full_agent_policy_input_item_processor_item_add_fields import (
        FullAgentPolicyInputItemProcessorItemAddFields,
    )
    from .full_agent_policy_input_item_processor_item_add_fields_fields import (
        FullAgentPolicyInputItemProcessorItemAddFieldsFields,
    )
    from .full_agent_policy_input_item_stream_item import (
        FullAgentPolicyInputItemStreamItem,
    )
    from .full_agent_policy_input_item_stream_item_data_stream import (
        FullAgentPolicyInputItemStreamItemDataStream,
    )
    from .full_agent_policy_inputs_item import FullAgentPolicyInputsItem
    from .full_agent_policy_output_permissions import FullAgentPolicyOutputPermissions
    from .full_agent_policy_output_permissions_additional_property import (
        FullAgentPolicyOutputPermissionsAdditionalProperty,
    )
    from .full_agent_policy_outputs import FullAgentPolicyOutputs
    from .full_agent_policy_outputs_additional_property import (
        FullAgentPolicyOutputsAdditionalProperty,
    )
    from .full_agent_policy_outputs_additional_property_proxy_headers_type_0 import (
        FullAgentPolicyOutputsAdditionalPropertyProxyHeadersType0,
    )
    from .full_agent_policy_processors import FullAgentPolicyProcessors
    from .full_agent_policy_receivers import FullAgentPolicyReceivers
    from .full_agent_policy_service import FullAgentPolicyService
    from .full_agent_policy_service_pipelines import FullAgentPolicyServicePipelines
    from .full_agent_policy_service_pipelines_additional_property import (
        FullAgentPolicyServicePipelinesAdditionalProperty,
    )
    from .full_agent_policy_signed import FullAgentPolicySigned
    from .get_fleet_agent_download_sources_response_200 import (
        GetFleetAgentDownloadSourcesResponse200,
    )
    from .get_fleet_agent_policies_agentpolicyid_auto_upgrade_agents_status_response_200 import (
        GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200,
    )
    from .get_fleet_agent_policies_agentpolicyid_auto_upgrade_agents_status_response_200_current_versions_item import (
        GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200CurrentVersionsItem,
    )
    from .get_fleet_agent_policies_agentpolicyid_format import (
        GetFleetAgentPoliciesAgentpolicyidFormat,
    )
    from .get_fleet_agent_policies_agentpolicyid_full_response_200 import (
        GetFleetAgentPoliciesAgentpolicyidFullResponse200,
    )
    from .get_fleet_agent_policies_agentpolicyid_outputs_response_200 import (
        GetFleetAgentPoliciesAgentpolicyidOutputsResponse200,
    )
    from .get_fleet_agent_policies_format import GetFleetAgentPoliciesFormat
    from .get_fleet_agent_policies_response_200 import GetFleetAgentPoliciesResponse200
    from .get_fleet_agent_policies_sort_order import GetFleetAgentPoliciesSortOrder
    from .get_fleet_agent_status_data_response_200 import (
        GetFleetAgentStatusDataResponse200,
    )
    from .get_fleet_agent_status_data_response_200_items_item import (
        GetFleetAgentStatusDataResponse200ItemsItem,
    )
    from .get_fleet_agent_status_data_response_200_items_item_additional_property import (
        GetFleetAgentStatusDataResponse200ItemsItemAdditionalProperty,
    )
    from .get_fleet_agent_status_response_200 import GetFleetAgentStatusResponse200
    from .get_fleet_agents_action_status_response_200 import (
        GetFleetAgentsActionStatusResponse200,
    )
    from .get_fleet_agents_agentid_uploads_response_200 import (
        GetFleetAgentsAgentidUploadsResponse200,
    )
    from .get_fleet_agents_agentid_uploads_response_200_items_item import (
        GetFleetAgentsAgentidUploadsResponse200ItemsItem,
    )
    from .get_fleet_agents_agentid_uploads_response_200_items_item_status import (
        GetFleetAgentsAgentidUploadsResponse200ItemsItemStatus,
    )
    from .get_fleet_agents_files_fileid_filename_response_200 import (
        GetFleetAgentsFilesFileidFilenameResponse200,
    )
    from .get_fleet_agents_response_200 import GetFleetAgentsResponse200
    from .get_fleet_agents_response_200_status_summary import (
        GetFleetAgentsResponse200StatusSummary,
    )
    from .get_fleet_agents_setup_response_200 import GetFleetAgentsSetupResponse200
    from .get_fleet_agents_setup_response_200_missing_optional_features_item import (
        GetFleetAgentsSetupResponse200MissingOptionalFeaturesItem,
    )
    from .get_fleet_agents_setup_response_200_missing_requirements_item import (
        GetFleetAgentsSetupResponse200MissingRequirementsItem,
    )
    from .get_fleet_agents_sort_order import GetFleetAgentsSortOrder
    from .get_fleet_check_permissions_response_200 import (
        GetFleetCheckPermissionsResponse200,
    )
    from .get_fleet_check_permissions_response_200_error import (
        GetFleetCheckPermissionsResponse200Error,
    )
    from .get_fleet_cloud_connectors_response_200 import (
        GetFleetCloudConnectorsResponse200,
    )
    from .get_fleet_data_streams_response_200 import GetFleetDataStreamsResponse200
    from .get_fleet_data_streams_response_200_data_streams_item import (
        GetFleetDataStreamsResponse200DataStreamsItem,
    )
    from .get_fleet_data_streams_response_200_data_streams_item_dashboards_item import (
        GetFleetDataStreamsResponse200DataStreamsItemDashboardsItem,
    )
    from .get_fleet_data_streams_response_200_data_streams_item_service_details_type_0 import (
        GetFleetDataStreamsResponse200DataStreamsItemServiceDetailsType0,
    )
    from .get_fleet_enrollment_api_keys_keyid_response_200 import (
        GetFleetEnrollmentApiKeysKeyidResponse200,
    )
    from .get_fleet_enrollment_api_keys_response_200 import (
        GetFleetEnrollmentApiKeysResponse200,
    )
    from .get_fleet_epm_categories_response_200 import GetFleetEpmCategoriesResponse200
    from .get_fleet_epm_categories_response_200_items_item import (
        GetFleetEpmCategoriesResponse200ItemsItem,
    )
    from .get_fleet_epm_data_streams_response_200 import (
        GetFleetEpmDataStreamsResponse200,
    )
    from .get_fleet_epm_data_streams_response_200_items_item import (
        GetFleetEpmDataStreamsResponse200ItemsItem,
    )
    from .get_fleet_epm_data_streams_sort_order import GetFleetEpmDataStreamsSortOrder
    from .get_fleet_epm_data_streams_type import GetFleetEpmDataStreamsType
    from .get_fleet_epm_packages_bulk_upgrade_taskid_response_200 import (
        GetFleetEpmPackagesBulkUpgradeTaskidResponse200,
    )
    from .get_fleet_epm_packages_bulk_upgrade_taskid_response_200_result_item import (
        GetFleetEpmPackagesBulkUpgradeTaskidResponse200ResultItem,
    )
    from .get_fleet_epm_packages_installed_data_stream_type import (
        GetFleetEpmPackagesInstalledDataStreamType,
    )
    from .get_fleet_epm_packages_installed_response_200 import (
        GetFleetEpmPackagesInstalledResponse200,
    )
    from .get_fleet_epm_packages_installed_response_200_items_item import (
        GetFleetEpmPackagesInstalledResponse200ItemsItem,
    )
    from .get_fleet_epm_packages_installed_response_200_items_item_data_streams_item import (
        GetFleetEpmPackagesInstalledResponse200ItemsItemDataStreamsItem,
    )
    from .get_fleet_epm_packages_installed_sort_order import (
        GetFleetEpmPackagesInstalledSortOrder,
    )
    from .get_fleet_epm_packages_pkgname_response_200 import (
        GetFleetEpmPackagesPkgnameResponse200,
    )
    from .get_fleet_epm_packages_pkgname_response_200_metadata import (
        GetFleetEpmPackagesPkgnameResponse200Metadata,
    )
    from .get_fleet_epm_packages_pkgname_stats_response_200 import (
        GetFleetEpmPackagesPkgnameStatsResponse200,
    )
    from .get_fleet_epm_packages_pkgname_stats_response_200_response import (
        GetFleetEpmPackagesPkgnameStatsResponse200Response,
    )
    from .get_fleet_epm_packages_response_200 import GetFleetEpmPackagesResponse200
    from .get_fleet_epm_templates_pkgname_pkgversion_inputs_format import (
        GetFleetEpmTemplatesPkgnamePkgversionInputsFormat,
    )
    from .get_fleet_epm_templates_pkgname_pkgversion_inputs_response_200_type_1 import (
        GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1,
    )
    from .get_fleet_epm_templates_pkgname_pkgversion_inputs_response_200_type_1_inputs_item import (
        GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1InputsItem,
    )
    from .get_fleet_epm_verification_key_id_response_200 import (
        GetFleetEpmVerificationKeyIdResponse200,
    )
    from .get_fleet_fleet_server_hosts_response_200 import (
        GetFleetFleetServerHostsResponse200,
    )
    from .get_fleet_kubernetes_response_200 import GetFleetKubernetesResponse200
    from .get_fleet_outputs_outputid_health_response_200 import (
        GetFleetOutputsOutputidHealthResponse200,
    )
    from .get_fleet_outputs_response_200 import GetFleetOutputsResponse200
    from .get_fleet_package_policies_format import GetFleetPackagePoliciesFormat
    from .get_fleet_package_policies_packagepolicyid_format import (
        GetFleetPackagePoliciesPackagepolicyidFormat,
    )
    from .get_fleet_package_policies_response_200 import (
        GetFleetPackagePoliciesResponse200,
    )
    from .get_fleet_package_policies_sort_order import GetFleetPackagePoliciesSortOrder
    from .get_fleet_proxies_response_200 import GetFleetProxiesResponse200
    from .get_fleet_remote_synced_integrations_status_response_200 import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200,
    )
    from .get_fleet_remote_synced_integrations_status_response_200_custom_assets import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssets,
    )
    from .get_fleet_remote_synced_integrations_status_response_200_custom_assets_additional_property import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssetsAdditionalProperty,
    )
    from .get_fleet_remote_synced_integrations_status_response_200_custom_assets_additional_property_sync_status import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssetsAdditionalPropertySyncStatus,
    )
    from .get_fleet_remote_synced_integrations_status_response_200_integrations_item import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItem,
    )
    from .get_fleet_remote_synced_integrations_status_response_200_integrations_item_install_status import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItemInstallStatus,
    )
    from .get_fleet_remote_synced_integrations_status_response_200_integrations_item_sync_status import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItemSyncStatus,
    )
    from .get_fleet_remote_synced_integrations_status_response_200_warning import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200Warning,
    )
    from .get_fleet_space_settings_response_200_item import (
        GetFleetSpaceSettingsResponse200Item,
    )
    from .get_fleet_space_settings_response_200_item_response import (
        GetFleetSpaceSettingsResponse200ItemResponse,
    )
    from .get_fleet_uninstall_tokens_response_200 import (
        GetFleetUninstallTokensResponse200,
    )
    from .get_fleet_uninstall_tokens_uninstalltokenid_response_200 import (
        GetFleetUninstallTokensUninstalltokenidResponse200,
    )
    from .installed_elasticsearch_asset import InstalledElasticsearchAsset
    from .installed_elasticsearch_asset_type import InstalledElasticsearchAssetType
    from .installed_kibana_asset import InstalledKibanaAsset
    from .installed_kibana_asset_2 import InstalledKibanaAsset2
    from .installed_kibana_asset_2_type_type_0 import InstalledKibanaAsset2TypeType0
    from .installed_kibana_asset_type_type_0 import InstalledKibanaAssetTypeType0
    from .kibana_error import KibanaError
    from .message_response import MessageResponse
    from .new_output_elasticsearch import NewOutputElasticsearch
    from .new_output_elasticsearch_preset import NewOutputElasticsearchPreset
    from .new_output_elasticsearch_type import NewOutputElasticsearchType
    from .new_output_kafka import NewOutputKafka
    from .new_output_kafka_auth_type import NewOutputKafkaAuthType
    from .new_output_kafka_compression import NewOutputKafkaCompression
    from .new_output_kafka_hash import NewOutputKafkaHash
    from .new_output_kafka_header_item import NewOutputKafkaHeaderItem
    from .new_output_kafka_partition import NewOutputKafkaPartition
    from .new_output_kafka_random import NewOutputKafkaRandom
    from .new_output_kafka_required_acks import NewOutputKafkaRequiredAcks
    from .new_output_kafka_sasl import NewOutputKafkaSasl
    from .new_output_kafka_sasl_mechanism import NewOutputKafkaSaslMechanism
    from .new_output_kafka_secrets import NewOutputKafkaSecrets
    from .new_output_kafka_secrets_ssl import NewOutputKafkaSecretsSsl
    from .new_output_kafka_secrets_ssl_key_type_0 import (
        NewOutputKafkaSecretsSslKeyType0,
    )
    from .new_output_kafka_type import NewOutputKafkaType
    from .new_output_logstash import NewOutputLogstash
    from .new_output_logstash_secrets import NewOutputLogstashSecrets
    from .new_output_logstash_secrets_ssl import NewOutputLogstashSecretsSsl
    from .new_output_logstash_type import NewOutputLogstashType
    from .new_output_remote_elasticsearch import NewOutputRemoteElasticsearch
    from .new_output_remote_elasticsearch_preset import (
        NewOutputRemoteElasticsearchPreset,
    )
    from .new_output_remote_elasticsearch_secrets import (
        NewOutputRemoteElasticsearchSecrets,
    )
    from .new_output_remote_elasticsearch_type import NewOutputRemoteElasticsearchType
    from .new_output_shipper_type_0 import NewOutputShipperType0
    from .new_output_ssl_type_0 import NewOutputSslType0
    from .new_output_ssl_type_0_verification_mode import (
        NewOutputSslType0VerificationMode,
    )
    from .output_elasticsearch import OutputElasticsearch
    from .output_elasticsearch_preset import OutputElasticsearchPreset
    from .output_elasticsearch_type import OutputElasticsearchType
    from .output_kafka import OutputKafka
    from .output_kafka_auth_type import OutputKafkaAuthType
    from .output_kafka_compression import OutputKafkaCompression
    from .output_kafka_hash import OutputKafkaHash
    from .output_kafka_headers_item import OutputKafkaHeadersItem
    from .output_kafka_partition import OutputKafkaPartition
    from .output_kafka_random import OutputKafkaRandom
    from .output_kafka_required_acks import OutputKafkaRequiredAcks
    from .output_kafka_sasl_type_0 import OutputKafkaSaslType0
    from .output_kafka_sasl_type_0_mechanism import OutputKafkaSaslType0Mechanism
    from .output_kafka_secrets import OutputKafkaSecrets
    from .output_kafka_secrets_ssl import OutputKafkaSecretsSsl
    from .output_kafka_secrets_ssl_key_type_0 import OutputKafkaSecretsSslKeyType0
    from .output_kafka_type import OutputKafkaType
    from .output_logstash import OutputLogstash
    from .output_logstash_secrets import OutputLogstashSecrets
    from .output_logstash_type import OutputLogstashType
    from .output_remote_elasticsearch import OutputRemoteElasticsearch
    from .output_remote_elasticsearch_preset import OutputRemoteElasticsearchPreset
    from .output_remote_elasticsearch_secrets import OutputRemoteElasticsearchSecrets
    from .output_remote_elasticsearch_type import OutputRemoteElasticsearchType
    from .output_response import OutputResponse
    from .output_shipper_type_0 import OutputShipperType0
    from .output_ssl_type_0 import OutputSslType0
    from .output_ssl_type_0_verification_mode import OutputSslType0VerificationMode
    from .package_info import PackageInfo
    from .package_info_agent import PackageInfoAgent
    from .package_info_agent_privileges import PackageInfoAgentPrivileges
    from .package_info_asset_tags_item import PackageInfoAssetTagsItem
    from .package_info_assets import PackageInfoAssets
    from .package_info_conditions import PackageInfoConditions
    from .package_info_conditions_elastic import PackageInfoConditionsElastic
    from .package_info_conditions_kibana import PackageInfoConditionsKibana
    from .package_info_data_streams_item import PackageInfoDataStreamsItem
    from .package_info_discovery import PackageInfoDiscovery
    from .package_info_discovery_field_item import PackageInfoDiscoveryFieldItem
    from .package_info_elasticsearch import PackageInfoElasticsearch
    from .package_info_icon_item import PackageInfoIconItem
    from .package_info_installation_info import PackageInfoInstallationInfo
    from .package_info_installation_info_additional_spaces_installed_kibana import (
        PackageInfoInstallationInfoAdditionalSpacesInstalledKibana,
    )
    from .package_info_installation_info_experimental_data_stream_features_item import (
        PackageInfoInstallationInfoExperimentalDataStreamFeaturesItem,
    )
    from .package_info_installation_info_experimental_data_stream_features_item_features import (
        PackageInfoInstallationInfoExperimentalDataStreamFeaturesItemFeatures,
    )
    from .package_info_installation_info_install_source import (
        PackageInfoInstallationInfoInstallSource,
    )
    from .package_info_installation_info_install_status import (
        PackageInfoInstallationInfoInstallStatus,
    )
    from .package_info_installation_info_installed_es_item import (
        PackageInfoInstallationInfoInstalledEsItem,
    )
    from .package_info_installation_info_installed_es_item_type import (
        PackageInfoInstallationInfoInstalledEsItemType,
    )
    from .package_info_installation_info_latest_executed_state import (
        PackageInfoInstallationInfoLatestExecutedState,
    )
    from .package_info_installation_info_latest_install_failed_attempts_item import (
        PackageInfoInstallationInfoLatestInstallFailedAttemptsItem,
    )
    from .package_info_installation_info_latest_install_failed_attempts_item_error import (
        PackageInfoInstallationInfoLatestInstallFailedAttemptsItemError,
    )
    from .package_info_installation_info_verification_status import (
        PackageInfoInstallationInfoVerificationStatus,
    )
    from .package_info_owner import PackageInfoOwner
    from .package_info_owner_type import PackageInfoOwnerType
    from .package_info_policy_templates_item import PackageInfoPolicyTemplatesItem
    from .package_info_release import PackageInfoRelease
    from .package_info_response import PackageInfoResponse
    from .package_info_screenshot_item import PackageInfoScreenshotItem
    from .package_info_source import PackageInfoSource
    from .package_info_type_type_0 import PackageInfoTypeType0
    from .package_info_type_type_1 import PackageInfoTypeType1
    from .package_info_type_type_2 import PackageInfoTypeType2
    from .package_info_vars_item import PackageInfoVarsItem
    from .package_list_item import PackageListItem
    from .package_list_item_data_streams_item import PackageListItemDataStreamsItem
    from .package_list_item_policy_templates_item import (
        PackageListItemPolicyTemplatesItem,
    )
    from .package_list_item_release import PackageListItemRelease
    from .package_list_item_type_type_0 import PackageListItemTypeType0
    from .package_list_item_type_type_1 import PackageListItemTypeType1
    from .package_list_item_type_type_2 import PackageListItemTypeType2
    from .package_list_item_vars_item import PackageListItemVarsItem
    from .package_policy import PackagePolicy
    from .package_policy_config import PackagePolicyConfig
    from .package_policy_config_entry import PackagePolicyConfigEntry
    from .package_policy_data_stream import PackagePolicyDataStream
    from .package_policy_data_stream_elasticsearch import (
        PackagePolicyDataStreamElasticsearch,
    )
    from .package_policy_elasticsearch import PackagePolicyElasticsearch
    from .package_policy_elasticsearch_privileges import (
        PackagePolicyElasticsearchPrivileges,
    )
    from .package_policy_input import PackagePolicyInput
    from .package_policy_inputs_type_1 import PackagePolicyInputsType1
    from .package_policy_overrides import PackagePolicyOverrides
    from .package_policy_overrides_inputs import PackagePolicyOverridesInputs
    from .package_policy_package import PackagePolicyPackage
    from .package_policy_package_experimental_data_stream_feature_item import (
        PackagePolicyPackageExperimentalDataStreamFeatureItem,
    )
    from .package_policy_package_experimental_data_stream_feature_item_features import (
        PackagePolicyPackageExperimentalDataStreamFeatureItemFeatures,
    )
    from .package_policy_request import PackagePolicyRequest
    from .package_policy_request_inputs_type_1 import PackagePolicyRequestInputsType1
    from .package_policy_request_package import PackagePolicyRequestPackage
    from .package_policy_request_package_experimental_data_stream_feature_item import (
        PackagePolicyRequestPackageExperimentalDataStreamFeatureItem,
    )
    from .package_policy_response import PackagePolicyResponse
    from .package_policy_secret_ref import PackagePolicySecretRef
    from .package_policy_stream import PackagePolicyStream
    from .package_policy_var import PackagePolicyVar
    from .package_policy_vars import PackagePolicyVars
    from .post_fleet_agent_download_sources_body import (
        PostFleetAgentDownloadSourcesBody,
    )
    from .post_fleet_agent_policies_agentpolicyid_copy_body import (
        PostFleetAgentPoliciesAgentpolicyidCopyBody,
    )
    from .post_fleet_agent_policies_agentpolicyid_copy_format import (
        PostFleetAgentPoliciesAgentpolicyidCopyFormat,
    )
    from .post_fleet_agent_policies_bulk_get_body import (
        PostFleetAgentPoliciesBulkGetBody,
    )
    from .post_fleet_agent_policies_bulk_get_format import (
        PostFleetAgentPoliciesBulkGetFormat,
    )
    from .post_fleet_agent_policies_bulk_get_response_200 import (
        PostFleetAgentPoliciesBulkGetResponse200,
    )
    from .post_fleet_agent_policies_delete_body import PostFleetAgentPoliciesDeleteBody
    from .post_fleet_agent_policies_outputs_body import (
        PostFleetAgentPoliciesOutputsBody,
    )
    from .post_fleet_agent_policies_outputs_response_200 import (
        PostFleetAgentPoliciesOutputsResponse200,
    )
    from .post_fleet_agent_policies_outputs_response_200_item_item import (
        PostFleetAgentPoliciesOutputsResponse200ItemItem,
    )
    from .post_fleet_agent_policies_outputs_response_200_item_item_data import (
        PostFleetAgentPoliciesOutputsResponse200ItemItemData,
    )
    from .post_fleet_agent_policies_outputs_response_200_item_item_data_integrations_item import (
        PostFleetAgentPoliciesOutputsResponse200ItemItemDataIntegrationsItem,
    )
    from .post_fleet_agent_policies_outputs_response_200_item_item_monitoring import (
        PostFleetAgentPoliciesOutputsResponse200ItemItemMonitoring,
    )
    from .post_fleet_agentless_policies_body import PostFleetAgentlessPoliciesBody
    from .post_fleet_agentless_policies_body_inputs import (
        PostFleetAgentlessPoliciesBodyInputs,
    )
    from .post_fleet_agentless_policies_body_inputs_additional_property import (
        PostFleetAgentlessPoliciesBodyInputsAdditionalProperty,
    )
    from .post_fleet_agentless_policies_body_inputs_additional_property_streams import (
        PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreams,
    )
    from .post_fleet_agentless_policies_body_inputs_additional_property_streams_additional_property import (
        PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalProperty,
    )
    from .post_fleet_agentless_policies_body_inputs_additional_property_streams_additional_property_vars import (
        PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalPropertyVars,
    )
    from .post_fleet_agentless_policies_body_inputs_additional_property_vars import (
        PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyVars,
    )
    from .post_fleet_agentless_policies_body_vars import (
        PostFleetAgentlessPoliciesBodyVars,
    )
    from .post_fleet_agentless_policies_format import PostFleetAgentlessPoliciesFormat
    from .post_fleet_agents_agentid_actions_body import (
        PostFleetAgentsAgentidActionsBody,
    )
    from .post_fleet_agents_agentid_actions_body_action_type_0 import (
        PostFleetAgentsAgentidActionsBodyActionType0,
    )
    from .post_fleet_agents_agentid_actions_body_action_type_0_type import (
        PostFleetAgentsAgentidActionsBodyActionType0Type,
    )
    from .post_fleet_agents_agentid_actions_body_action_type_1 import (
        PostFleetAgentsAgentidActionsBodyActionType1,
    )
    from .post_fleet_agents_agentid_actions_body_action_type_1_data import (
        PostFleetAgentsAgentidActionsBodyActionType1Data,
    )
    from .post_fleet_agents_agentid_actions_body_action_type_1_data_log_level import (
        PostFleetAgentsAgentidActionsBodyActionType1DataLogLevel,
    )
    from .post_fleet_agents_agentid_actions_body_action_type_1_type import (
        PostFleetAgentsAgentidActionsBodyActionType1Type,
    )
    from .post_fleet_agents_agentid_actions_response_200_item import (
        PostFleetAgentsAgentidActionsResponse200Item,
    )
    from .post_fleet_agents_agentid_actions_response_200_item_response import (
        PostFleetAgentsAgentidActionsResponse200ItemResponse,
    )
    from .post_fleet_agents_agentid_migrate_body import (
        PostFleetAgentsAgentidMigrateBody,
    )
    from .post_fleet_agents_agentid_migrate_body_settings import (
        PostFleetAgentsAgentidMigrateBodySettings,
    )
    from .post_fleet_agents_agentid_migrate_body_settings_headers import (
        PostFleetAgentsAgentidMigrateBodySettingsHeaders,
    )
    from .post_fleet_agents_agentid_migrate_body_settings_proxy_headers import (
        PostFleetAgentsAgentidMigrateBodySettingsProxyHeaders,
    )
    from .post_fleet_agents_agentid_reassign_body import (
        PostFleetAgentsAgentidReassignBody,
    )
    from .post_fleet_agents_agentid_reassign_response_200 import (
        PostFleetAgentsAgentidReassignResponse200,
    )
    from .post_fleet_agents_agentid_request_diagnostics_body_type_0 import (
        PostFleetAgentsAgentidRequestDiagnosticsBodyType0,
    )
    from .post_fleet_agents_agentid_request_diagnostics_body_type_0_additional_metrics_item import (
        PostFleetAgentsAgentidRequestDiagnosticsBodyType0AdditionalMetricsItem,
    )
    from .post_fleet_agents_agentid_unenroll_body_type_0 import (
        PostFleetAgentsAgentidUnenrollBodyType0,
    )
    from .post_fleet_agents_agentid_unenroll_response_200 import (
        PostFleetAgentsAgentidUnenrollResponse200,
    )
    from .post_fleet_agents_agentid_upgrade_body import (
        PostFleetAgentsAgentidUpgradeBody,
    )
    from .post_fleet_agents_agentid_upgrade_response_200 import (
        PostFleetAgentsAgentidUpgradeResponse200,
    )
    from .post_fleet_agents_body import PostFleetAgentsBody
    from .post_fleet_agents_bulk_migrate_body import PostFleetAgentsBulkMigrateBody
    from .post_fleet_agents_bulk_migrate_body_settings import (
        PostFleetAgentsBulkMigrateBodySettings,
    )
    from .post_fleet_agents_bulk_migrate_body_settings_headers import (
        PostFleetAgentsBulkMigrateBodySettingsHeaders,
    )
    from .post_fleet_agents_bulk_migrate_body_settings_proxy_headers import (
        PostFleetAgentsBulkMigrateBodySettingsProxyHeaders,
    )
    from .post_fleet_agents_bulk_reassign_body import PostFleetAgentsBulkReassignBody
    from .post_fleet_agents_bulk_request_diagnostics_body import (
        PostFleetAgentsBulkRequestDiagnosticsBody,
    )
    from .post_fleet_agents_bulk_request_diagnostics_body_additional_metrics_item import (
        PostFleetAgentsBulkRequestDiagnosticsBodyAdditionalMetricsItem,
    )
    from .post_fleet_agents_bulk_unenroll_body import PostFleetAgentsBulkUnenrollBody
    from .post_fleet_agents_bulk_update_agent_tags_body import (
        PostFleetAgentsBulkUpdateAgentTagsBody,
    )
    from .post_fleet_agents_bulk_upgrade_body import PostFleetAgentsBulkUpgradeBody
    from .post_fleet_agents_response_200 import PostFleetAgentsResponse200
    from .post_fleet_cloud_connectors_body import PostFleetCloudConnectorsBody
    from .post_fleet_cloud_connectors_body_cloud_provider import (
        PostFleetCloudConnectorsBodyCloudProvider,
    )
    from .post_fleet_cloud_connectors_body_vars import PostFleetCloudConnectorsBodyVars
    from .post_fleet_cloud_connectors_response_200_item import (
        PostFleetCloudConnectorsResponse200Item,
    )
    from .post_fleet_cloud_connectors_response_200_item_response import (
        PostFleetCloudConnectorsResponse200ItemResponse,
    )
    from .post_fleet_cloud_connectors_response_200_item_vars import (
        PostFleetCloudConnectorsResponse200ItemVars,
    )
    from .post_fleet_enrollment_api_keys_body import PostFleetEnrollmentApiKeysBody
    from .post_fleet_enrollment_api_keys_response_200 import (
        PostFleetEnrollmentApiKeysResponse200,
    )
    from .post_fleet_enrollment_api_keys_response_200_action import (
        PostFleetEnrollmentApiKeysResponse200Action,
    )
    from .post_fleet_epm_bulk_assets_body import PostFleetEpmBulkAssetsBody
    from .post_fleet_epm_bulk_assets_body_asset_ids_item import (
        PostFleetEpmBulkAssetsBodyAssetIdsItem,
    )
    from .post_fleet_epm_bulk_assets_response_200 import (
        PostFleetEpmBulkAssetsResponse200,
    )
    from .post_fleet_epm_bulk_assets_response_200_items_item import (
        PostFleetEpmBulkAssetsResponse200ItemsItem,
    )
    from .post_fleet_epm_bulk_assets_response_200_items_item_attributes import (
        PostFleetEpmBulkAssetsResponse200ItemsItemAttributes,
    )
    from .post_fleet_epm_custom_integrations_body import (
        PostFleetEpmCustomIntegrationsBody,
    )
    from .post_fleet_epm_custom_integrations_body_datasets_item import (
        PostFleetEpmCustomIntegrationsBodyDatasetsItem,
    )
    from .post_fleet_epm_custom_integrations_body_datasets_item_type import (
        PostFleetEpmCustomIntegrationsBodyDatasetsItemType,
    )
    from .post_fleet_epm_packages_bulk_body import PostFleetEpmPackagesBulkBody
    from .post_fleet_epm_packages_bulk_body_packages_item_type_1 import (
        PostFleetEpmPackagesBulkBodyPackagesItemType1,
    )
    from .post_fleet_epm_packages_bulk_response_200 import (
        PostFleetEpmPackagesBulkResponse200,
    )
    from .post_fleet_epm_packages_bulk_response_200_items_item_type_0 import (
        PostFleetEpmPackagesBulkResponse200ItemsItemType0,
    )
    from .post_fleet_epm_packages_bulk_response_200_items_item_type_0_result import (
        PostFleetEpmPackagesBulkResponse200ItemsItemType0Result,
    )
    from .post_fleet_epm_packages_bulk_response_200_items_item_type_0_result_status import (
        PostFleetEpmPackagesBulkResponse200ItemsItemType0ResultStatus,
    )
    from .post_fleet_epm_packages_bulk_response_200_items_item_type_1 import (
        PostFleetEpmPackagesBulkResponse200ItemsItemType1,
    )
    from .post_fleet_epm_packages_bulk_rollback_body import (
        PostFleetEpmPackagesBulkRollbackBody,
    )
    from .post_fleet_epm_packages_bulk_rollback_body_packages_item import (
        PostFleetEpmPackagesBulkRollbackBodyPackagesItem,
    )
    from .post_fleet_epm_packages_bulk_uninstall_body import (
        PostFleetEpmPackagesBulkUninstallBody,
    )
    from .post_fleet_epm_packages_bulk_uninstall_body_packages_item import (
        PostFleetEpmPackagesBulkUninstallBodyPackagesItem,
    )
    from .post_fleet_epm_packages_bulk_upgrade_body import (
        PostFleetEpmPackagesBulkUpgradeBody,
    )
    from .post_fleet_epm_packages_bulk_upgrade_body_packages_item import (
        PostFleetEpmPackagesBulkUpgradeBodyPackagesItem,
    )
    from .post_fleet_epm_packages_pkgname_body_type_0 import (
        PostFleetEpmPackagesPkgnameBodyType0,
    )
    from .post_fleet_epm_packages_pkgname_pkgversion_body_type_0 import (
        PostFleetEpmPackagesPkgnamePkgversionBodyType0,
    )
    from .post_fleet_epm_packages_pkgname_pkgversion_kibana_assets_body_type_0 import (
        PostFleetEpmPackagesPkgnamePkgversionKibanaAssetsBodyType0,
    )
    from .post_fleet_epm_packages_pkgname_pkgversion_rule_assets_body_type_0 import (
        PostFleetEpmPackagesPkgnamePkgversionRuleAssetsBodyType0,
    )
    from .post_fleet_epm_packages_pkgname_pkgversion_transforms_authorize_body import (
        PostFleetEpmPackagesPkgnamePkgversionTransformsAuthorizeBody,
    )
    from .post_fleet_epm_packages_pkgname_pkgversion_transforms_authorize_body_transforms_item import (
        PostFleetEpmPackagesPkgnamePkgversionTransformsAuthorizeBodyTransformsItem,
    )
    from .post_fleet_epm_packages_pkgname_pkgversion_transforms_authorize_response_200_item import (
        PostFleetEpmPackagesPkgnamePkgversionTransformsAuthorizeResponse200Item,
    )
    from .post_fleet_epm_packages_pkgname_rollback_response_200 import (
        PostFleetEpmPackagesPkgnameRollbackResponse200,
    )
    from .post_fleet_epm_packages_response_200 import PostFleetEpmPackagesResponse200
    from .post_fleet_epm_packages_response_200_meta import (
        PostFleetEpmPackagesResponse200Meta,
    )
    from .post_fleet_fleet_server_hosts_body import PostFleetFleetServerHostsBody
    from .post_fleet_health_check_body import PostFleetHealthCheckBody
    from .post_fleet_health_check_response_200 import PostFleetHealthCheckResponse200
    from .post_fleet_logstash_api_keys_response_200 import (
        PostFleetLogstashApiKeysResponse200,
    )
    from .post_fleet_package_policies_bulk_get_body import (
        PostFleetPackagePoliciesBulkGetBody,
    )
    from .post_fleet_package_policies_bulk_get_format import (
        PostFleetPackagePoliciesBulkGetFormat,
    )
    from .post_fleet_package_policies_bulk_get_response_200 import (
        PostFleetPackagePoliciesBulkGetResponse200,
    )
    from .post_fleet_package_policies_delete_body import (
        PostFleetPackagePoliciesDeleteBody,
    )
    from .post_fleet_package_policies_delete_response_200_item import (
        PostFleetPackagePoliciesDeleteResponse200Item,
    )
    from .post_fleet_package_policies_format import PostFleetPackagePoliciesFormat
    from .post_fleet_package_policies_upgrade_body import (
        PostFleetPackagePoliciesUpgradeBody,
    )
    from .post_fleet_package_policies_upgrade_dryrun_body import (
        PostFleetPackagePoliciesUpgradeDryrunBody,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200Item,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_agent_diff_item_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItem,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_agent_diff_item_item_streams_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItemStreamsItem,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1 import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_errors_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1ErrorsItem,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItem,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_config import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemConfig,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItem,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_config import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemConfig,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_data_stream import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStream,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_data_stream_elasticsearch import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearch,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_data_stream_elasticsearch_privileges import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearchPrivileges,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_release import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemRelease,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_vars import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemVars,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_vars import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemVars,
    )
    from .post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_vars import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1Vars,
    )
    from .post_fleet_package_policies_upgrade_response_200_item import (
        PostFleetPackagePoliciesUpgradeResponse200Item,
    )
    from .post_fleet_proxies_body import PostFleetProxiesBody
    from .post_fleet_proxies_body_proxy_headers_type_0 import (
        PostFleetProxiesBodyProxyHeadersType0,
    )
    from .post_fleet_service_tokens_body_type_0 import PostFleetServiceTokensBodyType0
    from .post_fleet_service_tokens_response_200 import (
        PostFleetServiceTokensResponse200,
    )
    from .post_fleet_setup_response_200 import PostFleetSetupResponse200
    from .post_fleet_setup_response_200_non_fatal_errors_item import (
        PostFleetSetupResponse200NonFatalErrorsItem,
    )
    from .proxy import Proxy
    from .proxy_proxy_headers_type_0 import ProxyProxyHeadersType0
    from .proxy_response import ProxyResponse
    from .put_fleet_agent_download_sources_sourceid_body import (
        PutFleetAgentDownloadSourcesSourceidBody,
    )
    from .put_fleet_agent_policies_agentpolicyid_format import (
        PutFleetAgentPoliciesAgentpolicyidFormat,
    )
    from .put_fleet_agents_agentid_body import PutFleetAgentsAgentidBody
    from .put_fleet_agents_agentid_body_user_provided_metadata import (
        PutFleetAgentsAgentidBodyUserProvidedMetadata,
    )
    from .put_fleet_cloud_connectors_cloudconnectorid_body import (
        PutFleetCloudConnectorsCloudconnectoridBody,
    )
    from .put_fleet_cloud_connectors_cloudconnectorid_body_vars import (
        PutFleetCloudConnectorsCloudconnectoridBodyVars,
    )
    from .put_fleet_epm_custom_integrations_pkgname_body import (
        PutFleetEpmCustomIntegrationsPkgnameBody,
    )
    from .put_fleet_epm_packages_pkgname_body import PutFleetEpmPackagesPkgnameBody
    from .put_fleet_epm_packages_pkgname_pkgversion_body import (
        PutFleetEpmPackagesPkgnamePkgversionBody,
    )
    from .put_fleet_fleet_server_hosts_itemid_body import (
        PutFleetFleetServerHostsItemidBody,
    )
    from .put_fleet_package_policies_packagepolicyid_format import (
        PutFleetPackagePoliciesPackagepolicyidFormat,
    )
    from .put_fleet_proxies_itemid_body import PutFleetProxiesItemidBody
    from .put_fleet_proxies_itemid_body_proxy_headers_type_0 import (
        PutFleetProxiesItemidBodyProxyHeadersType0,
    )
    from .put_fleet_settings_body import PutFleetSettingsBody
    from .put_fleet_settings_body_delete_unenrolled_agents import (
        PutFleetSettingsBodyDeleteUnenrolledAgents,
    )
    from .put_fleet_space_settings_body import PutFleetSpaceSettingsBody
    from .secret_reference import SecretReference
    from .simplified_package_policy_input import SimplifiedPackagePolicyInput
    from .simplified_package_policy_input_streams import (
        SimplifiedPackagePolicyInputStreams,
    )
    from .simplified_package_policy_stream import SimplifiedPackagePolicyStream
    from .simplified_vars import SimplifiedVars
    from .success_response import SuccessResponse
    from .task_response import TaskResponse
    from .typed_var import TypedVar
    from .typed_var_2 import TypedVar2
    from .typed_var_value_type_1 import TypedVarValueType1
    from .uninstall_token import UninstallToken
    from .uninstall_token_metadata import UninstallTokenMetadata
    from .update_output_elasticsearch import UpdateOutputElasticsearch
    from .update_output_elasticsearch_preset import UpdateOutputElasticsearchPreset
    from .update_output_elasticsearch_type import UpdateOutputElasticsearchType
    from .update_output_kafka import UpdateOutputKafka
    from .update_output_kafka_auth_type import UpdateOutputKafkaAuthType
    from .update_output_kafka_compression import UpdateOutputKafkaCompression
    from .update_output_kafka_partition import UpdateOutputKafkaPartition
    from .update_output_kafka_required_acks import UpdateOutputKafkaRequiredAcks
    from .update_output_kafka_type import UpdateOutputKafkaType
    from .update_output_logstash import UpdateOutputLogstash
    from .update_output_logstash_type import UpdateOutputLogstashType
    from .update_output_remote_elasticsearch import UpdateOutputRemoteElasticsearch
    from .update_output_remote_elasticsearch_preset import (
        UpdateOutputRemoteElasticsearchPreset,
    )
    from .update_output_remote_elasticsearch_type import (
        UpdateOutputRemoteElasticsearchType,
    )
    from .update_output_shipper_type_0 import UpdateOutputShipperType0
    from .update_output_ssl_type_0 import UpdateOutputSslType0
    from .update_output_ssl_type_0_verification_mode import (
        UpdateOutputSslType0VerificationMode,
    )

_MODULE_OF = {
    "ActionResponse": ".action_response",
    "ActionResponseAction": ".action_response_action",
    "ActionStatus": ".action_status",
    "ActionStatusLatestErrorsItem": ".action_status_latest_errors_item",
    "ActionStatusStatus": ".action_status_status",
    "ActionStatusType": ".action_status_type",
    "Agent": ".agent",
    "AgentActionResponse": ".agent_action_response",
    "AgentAgent": ".agent_agent",
    "AgentComponentsItem": ".agent_components_item",
    "AgentComponentsItemStatus": ".agent_components_item_status",
    "AgentComponentsItemUnitsItem": ".agent_components_item_units_item",
    "AgentComponentsItemUnitsItemPayload": ".agent_components_item_units_item_payload",
    "AgentComponentsItemUnitsItemStatus": ".agent_components_item_units_item_status",
    "AgentComponentsItemUnitsItemType": ".agent_components_item_units_item_type",
    "AgentDefaultApiKeyHistoryItem": ".agent_default_api_key_history_item",
    "AgentLastCheckinStatus": ".agent_last_checkin_status",
    "AgentLastKnownStatus": ".agent_last_known_status",
    "AgentLocalMetadata": ".agent_local_metadata",
    "AgentMetrics": ".agent_metrics",
    "AgentOutputs": ".agent_outputs",
    "AgentOutputsAdditionalProperty": ".agent_outputs_additional_property",
    "AgentOutputsAdditionalPropertyToRetireApiKeyIdsItem": ".agent_outputs_additional_property_to_retire_api_key_ids_item",
    "AgentPolicy": ".agent_policy",
    "AgentPolicyAdvancedSettings": ".agent_policy_advanced_settings",
    "AgentPolicyAgentFeaturesItem": ".agent_policy_agent_features_item",
    "AgentPolicyAgentless": ".agent_policy_agentless",
    "AgentPolicyAgentlessCloudConnectors": ".agent_policy_agentless_cloud_connectors",
    "AgentPolicyAgentlessResources": ".agent_policy_agentless_resources",
    "AgentPolicyAgentlessResourcesRequests": ".agent_policy_agentless_resources_requests",
    "AgentPolicyCreateRequest": ".agent_policy_create_request",
    "AgentPolicyCreateRequestAgentFeatureItem": ".agent_policy_create_request_agent_feature_item",
    "AgentPolicyCreateRequestAgentless": ".agent_policy_create_request_agentless",
    "AgentPolicyCreateRequestAgentlessCloudConnectors": ".agent_policy_create_request_agentless_cloud_connectors",
    "AgentPolicyCreateRequestMonitoringEnabledItem": ".agent_policy_create_request_monitoring_enabled_item",
    "AgentPolicyCreateRequestOverridesType0": ".agent_policy_create_request_overrides_type_0",
    "AgentPolicyCreateRequestRequiredVersionItem": ".agent_policy_create_request_required_version_item",
    "AgentPolicyGlobalDataTagsItem": ".agent_policy_global_data_tags_item",
    "AgentPolicyMonitoringDiagnostics": ".agent_policy_monitoring_diagnostics",
    "AgentPolicyMonitoringDiagnosticsLimit": ".agent_policy_monitoring_diagnostics_limit",
    "AgentPolicyMonitoringDiagnosticsUploader": ".agent_policy_monitoring_diagnostics_uploader",
    "AgentPolicyMonitoringEnabledItem": ".agent_policy_monitoring_enabled_item",
    "AgentPolicyMonitoringHttp": ".agent_policy_monitoring_http",
    "AgentPolicyMonitoringHttpBuffer": ".agent_policy_monitoring_http_buffer",
    "AgentPolicyOverridesType0": ".agent_policy_overrides_type_0",
    "AgentPolicyRequiredVersionsType0Item": ".agent_policy_required_versions_type_0_item",
    "AgentPolicyResponse": ".agent_policy_response",
    "AgentPolicyStatus": ".agent_policy_status",
    "AgentPolicyUpdateRequest": ".agent_policy_update_request",
    "AgentPolicyUpdateRequestMonitoringEnabledItem": ".agent_policy_update_request_monitoring_enabled_item",
    "AgentPolicyUpdateRequestOverridesType0": ".agent_policy_update_request_overrides_type_0",
    "AgentResponse": ".agent_response",
    "AgentStatus": ".agent_status",
    "AgentStatusSummary": ".agent_status_summary",
    "AgentType": ".agent_type",
    "AgentUnhealthyReasonType0Item": ".agent_unhealthy_reason_type_0_item",
    "AgentUpgradeDetailsType0": ".agent_upgrade_details_type_0",
    "AgentUpgradeDetailsType0Metadata": ".agent_upgrade_details_type_0_metadata",
    "AgentUpgradeDetailsType0MetadataFailedState": ".agent_upgrade_details_type_0_metadata_failed_state",
    "AgentUpgradeDetailsType0State": ".agent_upgrade_details_type_0_state",
    "AgentUserProvidedMetadata": ".agent_user_provided_metadata",
    "DeleteFleetAgentsFilesFileidResponse200": ".delete_fleet_agents_files_fileid_response_200",
    "DeleteFleetEpmPackagesPkgnameResponse200": ".delete_fleet_epm_packages_pkgname_response_200",
    "DeletedObjectResponse": ".deleted_object_response",
    "DownloadSource": ".download_source",
    "DownloadSourceResponse": ".download_source_response",
    "DownloadSourceSecrets": ".download_source_secrets",
    "DownloadSourceSecretsSsl": ".download_source_secrets_ssl",
    "DownloadSourceSsl": ".download_source_ssl",
    "EnrollmentApiKey": ".enrollment_api_key",
    "FleetServerHost": ".fleet_server_host",
    "FleetServerHostResponse": ".fleet_server_host_response",
    "FleetServerHostSecrets": ".fleet_server_host_secrets",
    "FleetServerHostSecretsSsl": ".fleet_server_host_secrets_ssl",
    "FleetServerHostSsl": ".fleet_server_host_ssl",
    "FleetServerHostSslClientAuth": ".fleet_server_host_ssl_client_auth",
    "FleetSettings": ".fleet_settings",
    "FleetSettingsDeleteUnenrolledAgents": ".fleet_settings_delete_unenrolled_agents",
    "FleetSettingsPreconfiguredFieldsItem": ".fleet_settings_preconfigured_fields_item",
    "FleetSettingsResponse": ".fleet_settings_response",
    "FleetSettingsUseSpaceAwarenessMigrationStatus": ".fleet_settings_use_space_awareness_migration_status",
    "FullAgentPolicy": ".full_agent_policy",
    "FullAgentPolicyAgent": ".full_agent_policy_agent",
    "FullAgentPolicyAgentDownload": ".full_agent_policy_agent_download",
    "FullAgentPolicyAgentDownloadProxyHeadersType0": ".full_agent_policy_agent_download_proxy_headers_type_0",
    "FullAgentPolicyAgentFeatures": ".full_agent_policy_agent_features",
    "FullAgentPolicyAgentLimits": ".full_agent_policy_agent_limits",
    "FullAgentPolicyAgentLogging": ".full_agent_policy_agent_logging",
    "FullAgentPolicyAgentLoggingFiles": ".full_agent_policy_agent_logging_files",
    "FullAgentPolicyAgentLoggingMetrics": ".full_agent_policy_agent_logging_metrics",
    "FullAgentPolicyAgentMonitoring": ".full_agent_policy_agent_monitoring",
    "FullAgentPolicyAgentProtection": ".full_agent_policy_agent_protection",
    "FullAgentPolicyConnectors": ".full_agent_policy_connectors",
    "FullAgentPolicyExporters": ".full_agent_policy_exporters",
    "FullAgentPolicyExtensions": ".full_agent_policy_extensions",
    "FullAgentPolicyFleetType0": ".full_agent_policy_fleet_type_0",
    "FullAgentPolicyFleetType0ProxyHeadersType0": ".full_agent_policy_fleet_type_0_proxy_headers_type_0",
    "FullAgentPolicyFleetType0Secrets": ".full_agent_policy_fleet_type_0_secrets",
    "FullAgentPolicyFleetType0SecretsSsl": ".full_agent_policy_fleet_type_0_secrets_ssl",
    "FullAgentPolicyFleetType0SecretsSslKey": ".full_agent_policy_fleet_type_0_secrets_ssl_key",
    "FullAgentPolicyFleetType0Ssl": ".full_agent_policy_fleet_type_0_ssl",
    "FullAgentPolicyFleetType1": ".full_agent_policy_fleet_type_1",
    "FullAgentPolicyFleetType1Kibana": ".full_agent_policy_fleet_type_1_kibana",
    "FullAgentPolicyInputItemDataStream": ".full_agent_policy_input_item_data_stream",
    "FullAgentPolicyInputItemMeta": ".full_agent_policy_input_item_meta",
    "FullAgentPolicyInputItemMetaPackage": ".full_agent_policy_input_item_meta_package",
    "FullAgentPolicyInputItemProcessorItem": ".full_agent_policy_input_item_processor_item",
    "FullAgentPolicyInputItemProcessorItemAddFields": ".full_agent_policy_input_item_processor_item_add_fields",
    "FullAgentPolicyInputItemProcessorItemAddFieldsFields": ".full_agent_policy_input_item_processor_item_add_fields_fields",
    "FullAgentPolicyInputItemStreamItem": ".full_agent_policy_input_item_stream_item",
    "FullAgentPolicyInputItemStreamItemDataStream": ".full_agent_policy_input_item_stream_item_data_stream",
    "FullAgentPolicyInputsItem": ".full_agent_policy_inputs_item",
    "FullAgentPolicyOutputPermissions": ".full_agent_policy_output_permissions",
    "FullAgentPolicyOutputPermissionsAdditionalProperty": ".full_agent_policy_output_permissions_additional_property",
    "FullAgentPolicyOutputs": ".full_agent_policy_outputs",
    "FullAgentPolicyOutputsAdditionalProperty": ".full_agent_policy_outputs_additional_property",
    "FullAgentPolicyOutputsAdditionalPropertyProxyHeadersType0": ".full_agent_policy_outputs_additional_property_proxy_headers_type_0",
    "FullAgentPolicyProcessors": ".full_agent_policy_processors",
    "FullAgentPolicyReceivers": ".full_agent_policy_receivers",
    "FullAgentPolicyService": ".full_agent_policy_service",
    "FullAgentPolicyServicePipelines": ".full_agent_policy_service_pipelines",
    "FullAgentPolicyServicePipelinesAdditionalProperty": ".full_agent_policy_service_pipelines_additional_property",
    "FullAgentPolicySigned": ".full_agent_policy_signed",
    "GetFleetAgentDownloadSourcesResponse200": ".get_fleet_agent_download_sources_response_200",
    "GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200": ".get_fleet_agent_policies_agentpolicyid_auto_upgrade_agents_status_response_200",
    "GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200CurrentVersionsItem": ".get_fleet_agent_policies_agentpolicyid_auto_upgrade_agents_status_response_200_current_versions_item",
    "GetFleetAgentPoliciesAgentpolicyidFormat": ".get_fleet_agent_policies_agentpolicyid_format",
    "GetFleetAgentPoliciesAgentpolicyidFullResponse200": ".get_fleet_agent_policies_agentpolicyid_full_response_200",
    "GetFleetAgentPoliciesAgentpolicyidOutputsResponse200": ".get_fleet_agent_policies_agentpolicyid_outputs_response_200",
    "GetFleetAgentPoliciesFormat": ".get_fleet_agent_policies_format",
    "GetFleetAgentPoliciesResponse200": ".get_fleet_agent_policies_response_200",
    "GetFleetAgentPoliciesSortOrder": ".get_fleet_agent_policies_sort_order",
    "GetFleetAgentStatusDataResponse200": ".get_fleet_agent_status_data_response_200",
    "GetFleetAgentStatusDataResponse200ItemsItem": ".get_fleet_agent_status_data_response_200_items_item",
    "GetFleetAgentStatusDataResponse200ItemsItemAdditionalProperty": ".get_fleet_agent_status_data_response_200_items_item_additional_property",
    "GetFleetAgentStatusResponse200": ".get_fleet_agent_status_response_200",
    "GetFleetAgentsActionStatusResponse200": ".get_fleet_agents_action_status_response_200",
    "GetFleetAgentsAgentidUploadsResponse200": ".get_fleet_agents_agentid_uploads_response_200",
    "GetFleetAgentsAgentidUploadsResponse200ItemsItem": ".get_fleet_agents_agentid_uploads_response_200_items_item",
    "GetFleetAgentsAgentidUploadsResponse200ItemsItemStatus": ".get_fleet_agents_agentid_uploads_response_200_items_item_status",
    "GetFleetAgentsFilesFileidFilenameResponse200": ".get_fleet_agents_files_fileid_filename_response_200",
    "GetFleetAgentsResponse200": ".get_fleet_agents_response_200",
    "GetFleetAgentsResponse200StatusSummary": ".get_fleet_agents_response_200_status_summary",
    "GetFleetAgentsSetupResponse200": ".get_fleet_agents_setup_response_200",
    "GetFleetAgentsSetupResponse200MissingOptionalFeaturesItem": ".get_fleet_agents_setup_response_200_missing_optional_features_item",
    "GetFleetAgentsSetupResponse200MissingRequirementsItem": ".get_fleet_agents_setup_response_200_missing_requirements_item",
    "GetFleetAgentsSortOrder": ".get_fleet_agents_sort_order",
    "GetFleetCheckPermissionsResponse200": ".get_fleet_check_permissions_response_200",
    "GetFleetCheckPermissionsResponse200Error": ".get_fleet_check_permissions_response_200_error",
    "GetFleetCloudConnectorsResponse200": ".get_fleet_cloud_connectors_response_200",
    "GetFleetDataStreamsResponse200": ".get_fleet_data_streams_response_200",
    "GetFleetDataStreamsResponse200DataStreamsItem": ".get_fleet_data_streams_response_200_data_streams_item",
    "GetFleetDataStreamsResponse200DataStreamsItemDashboardsItem": ".get_fleet_data_streams_response_200_data_streams_item_dashboards_item",
    "GetFleetDataStreamsResponse200DataStreamsItemServiceDetailsType0": ".get_fleet_data_streams_response_200_data_streams_item_service_details_type_0",
    "GetFleetEnrollmentApiKeysKeyidResponse200": ".get_fleet_enrollment_api_keys_keyid_response_200",
    "GetFleetEnrollmentApiKeysResponse200": ".get_fleet_enrollment_api_keys_response_200",
    "GetFleetEpmCategoriesResponse200": ".get_fleet_epm_categories_response_200",
    "GetFleetEpmCategoriesResponse200ItemsItem": ".get_fleet_epm_categories_response_200_items_item",
    "GetFleetEpmDataStreamsResponse200": ".get_fleet_epm_data_streams_response_200",
    "GetFleetEpmDataStreamsResponse200ItemsItem": ".get_fleet_epm_data_streams_response_200_items_item",
    "GetFleetEpmDataStreamsSortOrder": ".get_fleet_epm_data_streams_sort_order",
    "GetFleetEpmDataStreamsType": ".get_fleet_epm_data_streams_type",
    "GetFleetEpmPackagesBulkUpgradeTaskidResponse200": ".get_fleet_epm_packages_bulk_upgrade_taskid_response_200",
    "GetFleetEpmPackagesBulkUpgradeTaskidResponse200ResultItem": ".get_fleet_epm_packages_bulk_upgrade_taskid_response_200_result_item",
    "GetFleetEpmPackagesInstalledDataStreamType": ".get_fleet_epm_packages_installed_data_stream_type",
    "GetFleetEpmPackagesInstalledResponse200": ".get_fleet_epm_packages_installed_response_200",
    "GetFleetEpmPackagesInstalledResponse200ItemsItem": ".get_fleet_epm_packages_installed_response_200_items_item",
    "GetFleetEpmPackagesInstalledResponse200ItemsItemDataStreamsItem": ".get_fleet_epm_packages_installed_response_200_items_item_data_streams_item",
    "GetFleetEpmPackagesInstalledSortOrder": ".get_fleet_epm_packages_installed_sort_order",
    "GetFleetEpmPackagesPkgnameResponse200": ".get_fleet_epm_packages_pkgname_response_200",
    "GetFleetEpmPackagesPkgnameResponse200Metadata": ".get_fleet_epm_packages_pkgname_response_200_metadata",
    "GetFleetEpmPackagesPkgnameStatsResponse200": ".get_fleet_epm_packages_pkgname_stats_response_200",
    "GetFleetEpmPackagesPkgnameStatsResponse200Response": ".get_fleet_epm_packages_pkgname_stats_response_200_response",
    "GetFleetEpmPackagesResponse200": ".get_fleet_epm_packages_response_200",
    "GetFleetEpmTemplatesPkgnamePkgversionInputsFormat": ".get_fleet_epm_templates_pkgname_pkgversion_inputs_format",
    "GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1": ".get_fleet_epm_templates_pkgname_pkgversion_inputs_response_200_type_1",
    "GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1InputsItem": ".get_fleet_epm_templates_pkgname_pkgversion_inputs_response_200_type_1_inputs_item",
    "GetFleetEpmVerificationKeyIdResponse200": ".get_fleet_epm_verification_key_id_response_200",
    "GetFleetFleetServerHostsResponse200": ".get_fleet_fleet_server_hosts_response_200",
    "GetFleetKubernetesResponse200": ".get_fleet_kubernetes_response_200",
    "GetFleetOutputsOutputidHealthResponse200": ".get_fleet_outputs_outputid_health_response_200",
    "GetFleetOutputsResponse200": ".get_fleet_outputs_response_200",
    "GetFleetPackagePoliciesFormat": ".get_fleet_package_policies_format",
    "GetFleetPackagePoliciesPackagepolicyidFormat": ".get_fleet_package_policies_packagepolicyid_format",
    "GetFleetPackagePoliciesResponse200": ".get_fleet_package_policies_response_200",
    "GetFleetPackagePoliciesSortOrder": ".get_fleet_package_policies_sort_order",
    "GetFleetProxiesResponse200": ".get_fleet_proxies_response_200",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200": ".get_fleet_remote_synced_integrations_status_response_200",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssets": ".get_fleet_remote_synced_integrations_status_response_200_custom_assets",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssetsAdditionalProperty": ".get_fleet_remote_synced_integrations_status_response_200_custom_assets_additional_property",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssetsAdditionalPropertySyncStatus": ".get_fleet_remote_synced_integrations_status_response_200_custom_assets_additional_property_sync_status",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItem": ".get_fleet_remote_synced_integrations_status_response_200_integrations_item",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItemInstallStatus": ".get_fleet_remote_synced_integrations_status_response_200_integrations_item_install_status",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItemSyncStatus": ".get_fleet_remote_synced_integrations_status_response_200_integrations_item_sync_status",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200Warning": ".get_fleet_remote_synced_integrations_status_response_200_warning",
    "GetFleetSpaceSettingsResponse200Item": ".get_fleet_space_settings_response_200_item",
    "GetFleetSpaceSettingsResponse200ItemResponse": ".get_fleet_space_settings_response_200_item_response",
    "GetFleetUninstallTokensResponse200": ".get_fleet_uninstall_tokens_response_200",
    "GetFleetUninstallTokensUninstalltokenidResponse200": ".get_fleet_uninstall_tokens_uninstalltokenid_response_200",
    "InstalledElasticsearchAsset": ".installed_elasticsearch_asset",
    "InstalledElasticsearchAssetType": ".installed_elasticsearch_asset_type",
    "InstalledKibanaAsset": ".installed_kibana_asset",
    "InstalledKibanaAsset2": ".installed_kibana_asset_2",
    "InstalledKibanaAsset2TypeType0": ".installed_kibana_asset_2_type_type_0",
    "InstalledKibanaAssetTypeType0": ".installed_kibana_asset_type_type_0",
    "KibanaError": ".kibana_error",
    "MessageResponse": ".message_response",
    "NewOutputElasticsearch": ".new_output_elasticsearch",
    "NewOutputElasticsearchPreset": ".new_output_elasticsearch_preset",
    "NewOutputElasticsearchType": ".new_output_elasticsearch_type",
    "NewOutputKafka": ".new_output_kafka",
    "NewOutputKafkaAuthType": ".new_output_kafka_auth_type",
    "NewOutputKafkaCompression": ".new_output_kafka_compression",
    "NewOutputKafkaHash": ".new_output_kafka_hash",
    "NewOutputKafkaHeaderItem": ".new_output_kafka_header_item",
    "NewOutputKafkaPartition": ".new_output_kafka_partition",
    "NewOutputKafkaRandom": ".new_output_kafka_random",
    "NewOutputKafkaRequiredAcks": ".new_output_kafka_required_acks",
    "NewOutputKafkaSasl": ".new_output_kafka_sasl",
    "NewOutputKafkaSaslMechanism": ".new_output_kafka_sasl_mechanism",
    "NewOutputKafkaSecrets": ".new_output_kafka_secrets",
    "NewOutputKafkaSecretsSsl": ".new_output_kafka_secrets_ssl",
    "NewOutputKafkaSecretsSslKeyType0": ".new_output_kafka_secrets_ssl_key_type_0",
    "NewOutputKafkaType": ".new_output_kafka_type",
    "NewOutputLogstash": ".new_output_logstash",
    "NewOutputLogstashSecrets": ".new_output_logstash_secrets",
    "NewOutputLogstashSecretsSsl": ".new_output_logstash_secrets_ssl",
    "NewOutputLogstashType": ".new_output_logstash_type",
    "NewOutputRemoteElasticsearch": ".new_output_remote_elasticsearch",
    "NewOutputRemoteElasticsearchPreset": ".new_output_remote_elasticsearch_preset",
    "NewOutputRemoteElasticsearchSecrets": ".new_output_remote_elasticsearch_secrets",
    "NewOutputRemoteElasticsearchType": ".new_output_remote_elasticsearch_type",
    "NewOutputShipperType0": ".new_output_shipper_type_0",
    "NewOutputSslType0": ".new_output_ssl_type_0",
    "NewOutputSslType0VerificationMode": ".new_output_ssl_type_0_verification_mode",
    "OutputElasticsearch": ".output_elasticsearch",
    "OutputElasticsearchPreset": ".output_elasticsearch_preset",
    "OutputElasticsearchType": ".output_elasticsearch_type",
    "OutputKafka": ".output_kafka",
    "OutputKafkaAuthType": ".output_kafka_auth_type",
    "OutputKafkaCompression": ".output_kafka_compression",
    "OutputKafkaHash": ".output_kafka_hash",
    "OutputKafkaHeadersItem": ".output_kafka_headers_item",
    "OutputKafkaPartition": ".output_kafka_partition",
    "OutputKafkaRandom": ".output_kafka_random",
    "OutputKafkaRequiredAcks": ".output_kafka_required_acks",
    "OutputKafkaSaslType0": ".output_kafka_sasl_type_0",
    "OutputKafkaSaslType0Mechanism": ".output_kafka_sasl_type_0_mechanism",
    "OutputKafkaSecrets": ".output_kafka_secrets",
    "OutputKafkaSecretsSsl": ".output_kafka_secrets_ssl",
    "OutputKafkaSecretsSslKeyType0": ".output_kafka_secrets_ssl_key_type_0",
    "OutputKafkaType": ".output_kafka_type",
    "OutputLogstash": ".output_logstash",
    "OutputLogstashSecrets": ".output_logstash_secrets",
    "OutputLogstashType": ".output_logstash_type",
    "OutputRemoteElasticsearch": ".output_remote_elasticsearch",
    "OutputRemoteElasticsearchPreset": ".output_remote_elasticsearch_preset",
    "OutputRemoteElasticsearchSecrets": ".output_remote_elasticsearch_secrets",
    "OutputRemoteElasticsearchType": ".output_remote_elasticsearch_type",
    "OutputResponse": ".output_response",
    "OutputShipperType0": ".output_shipper_type_0",
    "OutputSslType0": ".output_ssl_type_0",
    "OutputSslType0VerificationMode": ".output_ssl_type_0_verification_mode",
    "PackageInfo": ".package_info",
    "PackageInfoAgent": ".package_info_agent",
    "PackageInfoAgentPrivileges": ".package_info_agent_privileges",
    "PackageInfoAssetTagsItem": ".package_info_asset_tags_item",
    "PackageInfoAssets": ".package_info_assets",
    "PackageInfoConditions": ".package_info_conditions",
    "PackageInfoConditionsElastic": ".package_info_conditions_elastic",
    "PackageInfoConditionsKibana": ".package_info_conditions_kibana",
    "PackageInfoDataStreamsItem": ".package_info_data_streams_item",
    "PackageInfoDiscovery": ".package_info_discovery",
    "PackageInfoDiscoveryFieldItem": ".package_info_discovery_field_item",
    "PackageInfoElasticsearch": ".package_info_elasticsearch",
    "PackageInfoIconItem": ".package_info_icon_item",
    "PackageInfoInstallationInfo": ".package_info_installation_info",
    "PackageInfoInstallationInfoAdditionalSpacesInstalledKibana": ".package_info_installation_info_additional_spaces_installed_kibana",
    "PackageInfoInstallationInfoExperimentalDataStreamFeaturesItem": ".package_info_installation_info_experimental_data_stream_features_item",
    "PackageInfoInstallationInfoExperimentalDataStreamFeaturesItemFeatures": ".package_info_installation_info_experimental_data_stream_features_item_features",
    "PackageInfoInstallationInfoInstallSource": ".package_info_installation_info_install_source",
    "PackageInfoInstallationInfoInstallStatus": ".package_info_installation_info_install_status",
    "PackageInfoInstallationInfoInstalledEsItem": ".package_info_installation_info_installed_es_item",
    "PackageInfoInstallationInfoInstalledEsItemType": ".package_info_installation_info_installed_es_item_type",
    "PackageInfoInstallationInfoLatestExecutedState": ".package_info_installation_info_latest_executed_state",
    "PackageInfoInstallationInfoLatestInstallFailedAttemptsItem": ".package_info_installation_info_latest_install_failed_attempts_item",
    "PackageInfoInstallationInfoLatestInstallFailedAttemptsItemError": ".package_info_installation_info_latest_install_failed_attempts_item_error",
    "PackageInfoInstallationInfoVerificationStatus": ".package_info_installation_info_verification_status",
    "PackageInfoOwner": ".package_info_owner",
    "PackageInfoOwnerType": ".package_info_owner_type",
    "PackageInfoPolicyTemplatesItem": ".package_info_policy_templates_item",
    "PackageInfoRelease": ".package_info_release",
    "PackageInfoResponse": ".package_info_response",
    "PackageInfoScreenshotItem": ".package_info_screenshot_item",
    "PackageInfoSource": ".package_info_source",
    "PackageInfoTypeType0": ".package_info_type_type_0",
    "PackageInfoTypeType1": ".package_info_type_type_1",
    "PackageInfoTypeType2": ".package_info_type_type_2",
    "PackageInfoVarsItem": ".package_info_vars_item",
    "PackageListItem": ".package_list_item",
    "PackageListItemDataStreamsItem": ".package_list_item_data_streams_item",
    "PackageListItemPolicyTemplatesItem": ".package_list_item_policy_templates_item",
    "PackageListItemRelease": ".package_list_item_release",
    "PackageListItemTypeType0": ".package_list_item_type_type_0",
    "PackageListItemTypeType1": ".package_list_item_type_type_1",
    "PackageListItemTypeType2": ".package_list_item_type_type_2",
    "PackageListItemVarsItem": ".package_list_item_vars_item",
    "PackagePolicy": ".package_policy",
    "PackagePolicyConfig": ".package_policy_config",
    "PackagePolicyConfigEntry": ".package_policy_config_entry",
    "PackagePolicyDataStream": ".package_policy_data_stream",
    "PackagePolicyDataStreamElasticsearch": ".package_policy_data_stream_elasticsearch",
    "PackagePolicyElasticsearch": ".package_policy_elasticsearch",
    "PackagePolicyElasticsearchPrivileges": ".package_policy_elasticsearch_privileges",
    "PackagePolicyInput": ".package_policy_input",
    "PackagePolicyInputsType1": ".package_policy_inputs_type_1",
    "PackagePolicyOverrides": ".package_policy_overrides",
    "PackagePolicyOverridesInputs": ".package_policy_overrides_inputs",
    "PackagePolicyPackage": ".package_policy_package",
    "PackagePolicyPackageExperimentalDataStreamFeatureItem": ".package_policy_package_experimental_data_stream_feature_item",
    "PackagePolicyPackageExperimentalDataStreamFeatureItemFeatures": ".package_policy_package_experimental_data_stream_feature_item_features",
    "PackagePolicyRequest": ".package_policy_request",
    "PackagePolicyRequestInputsType1": ".package_policy_request_inputs_type_1",
    "PackagePolicyRequestPackage": ".package_policy_request_package",
    "PackagePolicyRequestPackageExperimentalDataStreamFeatureItem": ".package_policy_request_package_experimental_data_stream_feature_item",
    "PackagePolicyResponse": ".package_policy_response",
    "PackagePolicySecretRef": ".package_policy_secret_ref",
    "PackagePolicyStream": ".package_policy_stream",
    "PackagePolicyVar": ".package_policy_var",
    "PackagePolicyVars": ".package_policy_vars",
    "PostFleetAgentDownloadSourcesBody": ".post_fleet_agent_download_sources_body",
    "PostFleetAgentPoliciesAgentpolicyidCopyBody": ".post_fleet_agent_policies_agentpolicyid_copy_body",
    "PostFleetAgentPoliciesAgentpolicyidCopyFormat": ".post_fleet_agent_policies_agentpolicyid_copy_format",
    "PostFleetAgentPoliciesBulkGetBody": ".post_fleet_agent_policies_bulk_get_body",
    "PostFleetAgentPoliciesBulkGetFormat": ".post_fleet_agent_policies_bulk_get_format",
    "PostFleetAgentPoliciesBulkGetResponse200": ".post_fleet_agent_policies_bulk_get_response_200",
    "PostFleetAgentPoliciesDeleteBody": ".post_fleet_agent_policies_delete_body",
    "PostFleetAgentPoliciesOutputsBody": ".post_fleet_agent_policies_outputs_body",
    "PostFleetAgentPoliciesOutputsResponse200": ".post_fleet_agent_policies_outputs_response_200",
    "PostFleetAgentPoliciesOutputsResponse200ItemItem": ".post_fleet_agent_policies_outputs_response_200_item_item",
    "PostFleetAgentPoliciesOutputsResponse200ItemItemData": ".post_fleet_agent_policies_outputs_response_200_item_item_data",
    "PostFleetAgentPoliciesOutputsResponse200ItemItemDataIntegrationsItem": ".post_fleet_agent_policies_outputs_response_200_item_item_data_integrations_item",
    "PostFleetAgentPoliciesOutputsResponse200ItemItemMonitoring": ".post_fleet_agent_policies_outputs_response_200_item_item_monitoring",
    "PostFleetAgentlessPoliciesBody": ".post_fleet_agentless_policies_body",
    "PostFleetAgentlessPoliciesBodyInputs": ".post_fleet_agentless_policies_body_inputs",
    "PostFleetAgentlessPoliciesBodyInputsAdditionalProperty": ".post_fleet_agentless_policies_body_inputs_additional_property",
    "PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreams": ".post_fleet_agentless_policies_body_inputs_additional_property_streams",
    "PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalProperty": ".post_fleet_agentless_policies_body_inputs_additional_property_streams_additional_property",
    "PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalPropertyVars": ".post_fleet_agentless_policies_body_inputs_additional_property_streams_additional_property_vars",
    "PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyVars": ".post_fleet_agentless_policies_body_inputs_additional_property_vars",
    "PostFleetAgentlessPoliciesBodyVars": ".post_fleet_agentless_policies_body_vars",
    "PostFleetAgentlessPoliciesFormat": ".post_fleet_agentless_policies_format",
    "PostFleetAgentsAgentidActionsBody": ".post_fleet_agents_agentid_actions_body",
    "PostFleetAgentsAgentidActionsBodyActionType0": ".post_fleet_agents_agentid_actions_body_action_type_0",
    "PostFleetAgentsAgentidActionsBodyActionType0Type": ".post_fleet_agents_agentid_actions_body_action_type_0_type",
    "PostFleetAgentsAgentidActionsBodyActionType1": ".post_fleet_agents_agentid_actions_body_action_type_1",
    "PostFleetAgentsAgentidActionsBodyActionType1Data": ".post_fleet_agents_agentid_actions_body_action_type_1_data",
    "PostFleetAgentsAgentidActionsBodyActionType1DataLogLevel": ".post_fleet_agents_agentid_actions_body_action_type_1_data_log_level",
    "PostFleetAgentsAgentidActionsBodyActionType1Type": ".post_fleet_agents_agentid_actions_body_action_type_1_type",
    "PostFleetAgentsAgentidActionsResponse200Item": ".post_fleet_agents_agentid_actions_response_200_item",
    "PostFleetAgentsAgentidActionsResponse200ItemResponse": ".post_fleet_agents_agentid_actions_response_200_item_response",
    "PostFleetAgentsAgentidMigrateBody": ".post_fleet_agents_agentid_migrate_body",
    "PostFleetAgentsAgentidMigrateBodySettings": ".post_fleet_agents_agentid_migrate_body_settings",
    "PostFleetAgentsAgentidMigrateBodySettingsHeaders": ".post_fleet_agents_agentid_migrate_body_settings_headers",
    "PostFleetAgentsAgentidMigrateBodySettingsProxyHeaders": ".post_fleet_agents_agentid_migrate_body_settings_proxy_headers",
    "PostFleetAgentsAgentidReassignBody": ".post_fleet_agents_agentid_reassign_body",
    "PostFleetAgentsAgentidReassignResponse200": ".post_fleet_agents_agentid_reassign_response_200",
    "PostFleetAgentsAgentidRequestDiagnosticsBodyType0": ".post_fleet_agents_agentid_request_diagnostics_body_type_0",
    "PostFleetAgentsAgentidRequestDiagnosticsBodyType0AdditionalMetricsItem": ".post_fleet_agents_agentid_request_diagnostics_body_type_0_additional_metrics_item",
    "PostFleetAgentsAgentidUnenrollBodyType0": ".post_fleet_agents_agentid_unenroll_body_type_0",
    "PostFleetAgentsAgentidUnenrollResponse200": ".post_fleet_agents_agentid_unenroll_response_200",
    "PostFleetAgentsAgentidUpgradeBody": ".post_fleet_agents_agentid_upgrade_body",
    "PostFleetAgentsAgentidUpgradeResponse200": ".post_fleet_agents_agentid_upgrade_response_200",
    "PostFleetAgentsBody": ".post_fleet_agents_body",
    "PostFleetAgentsBulkMigrateBody": ".post_fleet_agents_bulk_migrate_body",
    "PostFleetAgentsBulkMigrateBodySettings": ".post_fleet_agents_bulk_migrate_body_settings",
    "PostFleetAgentsBulkMigrateBodySettingsHeaders": ".post_fleet_agents_bulk_migrate_body_settings_headers",
    "PostFleetAgentsBulkMigrateBodySettingsProxyHeaders": ".post_fleet_agents_bulk_migrate_body_settings_proxy_headers",
    "PostFleetAgentsBulkReassignBody": ".post_fleet_agents_bulk_reassign_body",
    "PostFleetAgentsBulkRequestDiagnosticsBody": ".post_fleet_agents_bulk_request_diagnostics_body",
    "PostFleetAgentsBulkRequestDiagnosticsBodyAdditionalMetricsItem": ".post_fleet_agents_bulk_request_diagnostics_body_additional_metrics_item",
    "PostFleetAgentsBulkUnenrollBody": ".post_fleet_agents_bulk_unenroll_body",
    "PostFleetAgentsBulkUpdateAgentTagsBody": ".post_fleet_agents_bulk_update_agent_tags_body",
    "PostFleetAgentsBulkUpgradeBody": ".post_fleet_agents_bulk_upgrade_body",
    "PostFleetAgentsResponse200": ".post_fleet_agents_response_200",
    "PostFleetCloudConnectorsBody": ".post_fleet_cloud_connectors_body",
    "PostFleetCloudConnectorsBodyCloudProvider": ".post_fleet_cloud_connectors_body_cloud_provider",
    "PostFleetCloudConnectorsBodyVars": ".post_fleet_cloud_connectors_body_vars",
    "PostFleetCloudConnectorsResponse200Item": ".post_fleet_cloud_connectors_response_200_item",
    "PostFleetCloudConnectorsResponse200ItemResponse": ".post_fleet_cloud_connectors_response_200_item_response",
    "PostFleetCloudConnectorsResponse200ItemVars": ".post_fleet_cloud_connectors_response_200_item_vars",
    "PostFleetEnrollmentApiKeysBody": ".post_fleet_enrollment_api_keys_body",
    "PostFleetEnrollmentApiKeysResponse200": ".post_fleet_enrollment_api_keys_response_200",
    "PostFleetEnrollmentApiKeysResponse200Action": ".post_fleet_enrollment_api_keys_response_200_action",
    "PostFleetEpmBulkAssetsBody": ".post_fleet_epm_bulk_assets_body",
    "PostFleetEpmBulkAssetsBodyAssetIdsItem": ".post_fleet_epm_bulk_assets_body_asset_ids_item",
    "PostFleetEpmBulkAssetsResponse200": ".post_fleet_epm_bulk_assets_response_200",
    "PostFleetEpmBulkAssetsResponse200ItemsItem": ".post_fleet_epm_bulk_assets_response_200_items_item",
    "PostFleetEpmBulkAssetsResponse200ItemsItemAttributes": ".post_fleet_epm_bulk_assets_response_200_items_item_attributes",
    "PostFleetEpmCustomIntegrationsBody": ".post_fleet_epm_custom_integrations_body",
    "PostFleetEpmCustomIntegrationsBodyDatasetsItem": ".post_fleet_epm_custom_integrations_body_datasets_item",
    "PostFleetEpmCustomIntegrationsBodyDatasetsItemType": ".post_fleet_epm_custom_integrations_body_datasets_item_type",
    "PostFleetEpmPackagesBulkBody": ".post_fleet_epm_packages_bulk_body",
    "PostFleetEpmPackagesBulkBodyPackagesItemType1": ".post_fleet_epm_packages_bulk_body_packages_item_type_1",
    "PostFleetEpmPackagesBulkResponse200": ".post_fleet_epm_packages_bulk_response_200",
    "PostFleetEpmPackagesBulkResponse200ItemsItemType0": ".post_fleet_epm_packages_bulk_response_200_items_item_type_0",
    "PostFleetEpmPackagesBulkResponse200ItemsItemType0Result": ".post_fleet_epm_packages_bulk_response_200_items_item_type_0_result",
    "PostFleetEpmPackagesBulkResponse200ItemsItemType0ResultStatus": ".post_fleet_epm_packages_bulk_response_200_items_item_type_0_result_status",
    "PostFleetEpmPackagesBulkResponse200ItemsItemType1": ".post_fleet_epm_packages_bulk_response_200_items_item_type_1",
    "PostFleetEpmPackagesBulkRollbackBody": ".post_fleet_epm_packages_bulk_rollback_body",
    "PostFleetEpmPackagesBulkRollbackBodyPackagesItem": ".post_fleet_epm_packages_bulk_rollback_body_packages_item",
    "PostFleetEpmPackagesBulkUninstallBody": ".post_fleet_epm_packages_bulk_uninstall_body",
    "PostFleetEpmPackagesBulkUninstallBodyPackagesItem": ".post_fleet_epm_packages_bulk_uninstall_body_packages_item",
    "PostFleetEpmPackagesBulkUpgradeBody": ".post_fleet_epm_packages_bulk_upgrade_body",
    "PostFleetEpmPackagesBulkUpgradeBodyPackagesItem": ".post_fleet_epm_packages_bulk_upgrade_body_packages_item",
    "PostFleetEpmPackagesPkgnameBodyType0": ".post_fleet_epm_packages_pkgname_body_type_0",
    "PostFleetEpmPackagesPkgnamePkgversionBodyType0": ".post_fleet_epm_packages_pkgname_pkgversion_body_type_0",
    "PostFleetEpmPackagesPkgnamePkgversionKibanaAssetsBodyType0": ".post_fleet_epm_packages_pkgname_pkgversion_kibana_assets_body_type_0",
    "PostFleetEpmPackagesPkgnamePkgversionRuleAssetsBodyType0": ".post_fleet_epm_packages_pkgname_pkgversion_rule_assets_body_type_0",
    "PostFleetEpmPackagesPkgnamePkgversionTransformsAuthorizeBody": ".post_fleet_epm_packages_pkgname_pkgversion_transforms_authorize_body",
    "PostFleetEpmPackagesPkgnamePkgversionTransformsAuthorizeBodyTransformsItem": ".post_fleet_epm_packages_pkgname_pkgversion_transforms_authorize_body_transforms_item",
    "PostFleetEpmPackagesPkgnamePkgversionTransformsAuthorizeResponse200Item": ".post_fleet_epm_packages_pkgname_pkgversion_transforms_authorize_response_200_item",
    "PostFleetEpmPackagesPkgnameRollbackResponse200": ".post_fleet_epm_packages_pkgname_rollback_response_200",
    "PostFleetEpmPackagesResponse200": ".post_fleet_epm_packages_response_200",
    "PostFleetEpmPackagesResponse200Meta": ".post_fleet_epm_packages_response_200_meta",
    "PostFleetFleetServerHostsBody": ".post_fleet_fleet_server_hosts_body",
    "PostFleetHealthCheckBody": ".post_fleet_health_check_body",
    "PostFleetHealthCheckResponse200": ".post_fleet_health_check_response_200",
    "PostFleetLogstashApiKeysResponse200": ".post_fleet_logstash_api_keys_response_200",
    "PostFleetPackagePoliciesBulkGetBody": ".post_fleet_package_policies_bulk_get_body",
    "PostFleetPackagePoliciesBulkGetFormat": ".post_fleet_package_policies_bulk_get_format",
    "PostFleetPackagePoliciesBulkGetResponse200": ".post_fleet_package_policies_bulk_get_response_200",
    "PostFleetPackagePoliciesDeleteBody": ".post_fleet_package_policies_delete_body",
    "PostFleetPackagePoliciesDeleteResponse200Item": ".post_fleet_package_policies_delete_response_200_item",
    "PostFleetPackagePoliciesFormat": ".post_fleet_package_policies_format",
    "PostFleetPackagePoliciesUpgradeBody": ".post_fleet_package_policies_upgrade_body",
    "PostFleetPackagePoliciesUpgradeDryrunBody": ".post_fleet_package_policies_upgrade_dryrun_body",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200Item": ".post_fleet_package_policies_upgrade_dryrun_response_200_item",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItem": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_agent_diff_item_item",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItemStreamsItem": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_agent_diff_item_item_streams_item",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1ErrorsItem": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_errors_item",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItem": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemConfig": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_config",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItem": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemConfig": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_config",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStream": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_data_stream",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearch": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_data_stream_elasticsearch",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearchPrivileges": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_data_stream_elasticsearch_privileges",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemRelease": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_release",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemVars": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_vars",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemVars": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_vars",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1Vars": ".post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_vars",
    "PostFleetPackagePoliciesUpgradeResponse200Item": ".post_fleet_package_policies_upgrade_response_200_item",
    "PostFleetProxiesBody": ".post_fleet_proxies_body",
    "PostFleetProxiesBodyProxyHeadersType0": ".post_fleet_proxies_body_proxy_headers_type_0",
    "PostFleetServiceTokensBodyType0": ".post_fleet_service_tokens_body_type_0",
    "PostFleetServiceTokensResponse200": ".post_fleet_service_tokens_response_200",
    "PostFleetSetupResponse200": ".post_fleet_setup_response_200",
    "PostFleetSetupResponse200NonFatalErrorsItem": ".post_fleet_setup_response_200_non_fatal_errors_item",
    "Proxy": ".proxy",
    "ProxyProxyHeadersType0": ".proxy_proxy_headers_type_0",
    "ProxyResponse": ".proxy_response",
    "PutFleetAgentDownloadSourcesSourceidBody": ".put_fleet_agent_download_sources_sourceid_body",
    "PutFleetAgentPoliciesAgentpolicyidFormat": ".put_fleet_agent_policies_agentpolicyid_format",
    "PutFleetAgentsAgentidBody": ".put_fleet_agents_agentid_body",
    "PutFleetAgentsAgentidBodyUserProvidedMetadata": ".put_fleet_agents_agentid_body_user_provided_metadata",
    "PutFleetCloudConnectorsCloudconnectoridBody": ".put_fleet_cloud_connectors_cloudconnectorid_body",
    "PutFleetCloudConnectorsCloudconnectoridBodyVars": ".put_fleet_cloud_connectors_cloudconnectorid_body_vars",
    "PutFleetEpmCustomIntegrationsPkgnameBody": ".put_fleet_epm_custom_integrations_pkgname_body",
    "PutFleetEpmPackagesPkgnameBody": ".put_fleet_epm_packages_pkgname_body",
    "PutFleetEpmPackagesPkgnamePkgversionBody": ".put_fleet_epm_packages_pkgname_pkgversion_body",
    "PutFleetFleetServerHostsItemidBody": ".put_fleet_fleet_server_hosts_itemid_body",
    "PutFleetPackagePoliciesPackagepolicyidFormat": ".put_fleet_package_policies_packagepolicyid_format",
    "PutFleetProxiesItemidBody": ".put_fleet_proxies_itemid_body",
    "PutFleetProxiesItemidBodyProxyHeadersType0": ".put_fleet_proxies_itemid_body_proxy_headers_type_0",
    "PutFleetSettingsBody": ".put_fleet_settings_body",
    "PutFleetSettingsBodyDeleteUnenrolledAgents": ".put_fleet_settings_body_delete_unenrolled_agents",
    "PutFleetSpaceSettingsBody": ".put_fleet_space_settings_body",
    "SecretReference": ".secret_reference",
    "SimplifiedPackagePolicyInput": ".simplified_package_policy_input",
    "SimplifiedPackagePolicyInputStreams": ".simplified_package_policy_input_streams",
    "SimplifiedPackagePolicyStream": ".simplified_package_policy_stream",
    "SimplifiedVars": ".simplified_vars",
    "SuccessResponse": ".success_response",
    "TaskResponse": ".task_response",
    "TypedVar": ".typed_var",
    "TypedVar2": ".typed_var_2",
    "TypedVarValueType1": ".typed_var_value_type_1",
    "UninstallToken": ".uninstall_token",
    "UninstallTokenMetadata": ".uninstall_token_metadata",
    "UpdateOutputElasticsearch": ".update_output_elasticsearch",
    "UpdateOutputElasticsearchPreset": ".update_output_elasticsearch_preset",
    "UpdateOutputElasticsearchType": ".update_output_elasticsearch_type",
    "UpdateOutputKafka": ".update_output_kafka",
    "UpdateOutputKafkaAuthType": ".update_output_kafka_auth_type",
    "UpdateOutputKafkaCompression": ".update_output_kafka_compression",
    "UpdateOutputKafkaPartition": ".update_output_kafka_partition",
    "UpdateOutputKafkaRequiredAcks": ".update_output_kafka_required_acks",
    "UpdateOutputKafkaType": ".update_output_kafka_type",
    "UpdateOutputLogstash": ".update_output_logstash",
    "UpdateOutputLogstashType": ".update_output_logstash_type",
    "UpdateOutputRemoteElasticsearch": ".update_output_remote_elasticsearch",
    "UpdateOutputRemoteElasticsearchPreset": ".update_output_remote_elasticsearch_preset",
    "UpdateOutputRemoteElasticsearchType": ".update_output_remote_elasticsearch_type",
    "UpdateOutputShipperType0": ".update_output_shipper_type_0",
    "UpdateOutputSslType0": ".update_output_ssl_type_0",
    "UpdateOutputSslType0VerificationMode": ".update_output_ssl_type_0_verification_mode",
}

__all__ = (
    "ActionResponse",
    "ActionResponseAction",
    "ActionStatus",
    "ActionStatusLatestErrorsItem",
    "ActionStatusStatus",
    "ActionStatusType",
    "Agent",
    "AgentActionResponse",
    "AgentAgent",
    "AgentComponentsItem",
    "AgentComponentsItemStatus",
    "AgentComponentsItemUnitsItem",
    "AgentComponentsItemUnitsItemPayload",
    "AgentComponentsItemUnitsItemStatus",
    "AgentComponentsItemUnitsItemType",
    "AgentDefaultApiKeyHistoryItem",
    "AgentLastCheckinStatus",
    "AgentLastKnownStatus",
    "AgentLocalMetadata",
    "AgentMetrics",
    "AgentOutputs",
    "AgentOutputsAdditionalProperty",
    "AgentOutputsAdditionalPropertyToRetireApiKeyIdsItem",
    "AgentPolicy",
    "AgentPolicyAdvancedSettings",
    "AgentPolicyAgentFeaturesItem",
    "AgentPolicyAgentless",
    "AgentPolicyAgentlessCloudConnectors",
    "AgentPolicyAgentlessResources",
    "AgentPolicyAgentlessResourcesRequests",
    "AgentPolicyCreateRequest",
    "AgentPolicyCreateRequestAgentFeatureItem",
    "AgentPolicyCreateRequestAgentless",
    "AgentPolicyCreateRequestAgentlessCloudConnectors",
    "AgentPolicyCreateRequestMonitoringEnabledItem",
    "AgentPolicyCreateRequestOverridesType0",
    "AgentPolicyCreateRequestRequiredVersionItem",
    "AgentPolicyGlobalDataTagsItem",
    "AgentPolicyMonitoringDiagnostics",
    "AgentPolicyMonitoringDiagnosticsLimit",
    "AgentPolicyMonitoringDiagnosticsUploader",
    "AgentPolicyMonitoringEnabledItem",
    "AgentPolicyMonitoringHttp",
    "AgentPolicyMonitoringHttpBuffer",
    "AgentPolicyOverridesType0",
    "AgentPolicyRequiredVersionsType0Item",
    "AgentPolicyResponse",
    "AgentPolicyStatus",
    "AgentPolicyUpdateRequest",
    "AgentPolicyUpdateRequestMonitoringEnabledItem",
    "AgentPolicyUpdateRequestOverridesType0",
    "AgentResponse",
    "AgentStatus",
    "AgentStatusSummary",
    "AgentType",
    "AgentUnhealthyReasonType0Item",
    "AgentUpgradeDetailsType0",
    "AgentUpgradeDetailsType0Metadata",
    "AgentUpgradeDetailsType0MetadataFailedState",
    "AgentUpgradeDetailsType0State",
    "AgentUserProvidedMetadata",
    "DeleteFleetAgentsFilesFileidResponse200",
    "DeleteFleetEpmPackagesPkgnameResponse200",
    "DeletedObjectResponse",
    "DownloadSource",
    "DownloadSourceResponse",
    "DownloadSourceSecrets",
    "DownloadSourceSecretsSsl",
    "DownloadSourceSsl",
    "EnrollmentApiKey",
    "FleetServerHost",
    "FleetServerHostResponse",
    "FleetServerHostSecrets",
    "FleetServerHostSecretsSsl",
    "FleetServerHostSsl",
    "FleetServerHostSslClientAuth",
    "FleetSettings",
    "FleetSettingsDeleteUnenrolledAgents",
    "FleetSettingsPreconfiguredFieldsItem",
    "FleetSettingsResponse",
    "FleetSettingsUseSpaceAwarenessMigrationStatus",
    "FullAgentPolicy",
    "FullAgentPolicyAgent",
    "FullAgentPolicyAgentDownload",
    "FullAgentPolicyAgentDownloadProxyHeadersType0",
    "FullAgentPolicyAgentFeatures",
    "FullAgentPolicyAgentLimits",
    "FullAgentPolicyAgentLogging",
    "FullAgentPolicyAgentLoggingFiles",
    "FullAgentPolicyAgentLoggingMetrics",
    "FullAgentPolicyAgentMonitoring",
    "FullAgentPolicyAgentProtection",
    "FullAgentPolicyConnectors",
    "FullAgentPolicyExporters",
    "FullAgentPolicyExtensions",
    "FullAgentPolicyFleetType0",
    "FullAgentPolicyFleetType0ProxyHeadersType0",
    "FullAgentPolicyFleetType0Secrets",
    "FullAgentPolicyFleetType0SecretsSsl",
    "FullAgentPolicyFleetType0SecretsSslKey",
    "FullAgentPolicyFleetType0Ssl",
    "FullAgentPolicyFleetType1",
    "FullAgentPolicyFleetType1Kibana",
    "FullAgentPolicyInputItemDataStream",
    "FullAgentPolicyInputItemMeta",
    "FullAgentPolicyInputItemMetaPackage",
    "FullAgentPolicyInputItemProcessorItem",
    "FullAgentPolicyInputItemProcessorItemAddFields",
    "FullAgentPolicyInputItemProcessorItemAddFieldsFields",
    "FullAgentPolicyInputItemStreamItem",
    "FullAgentPolicyInputItemStreamItemDataStream",
    "FullAgentPolicyInputsItem",
    "FullAgentPolicyOutputPermissions",
    "FullAgentPolicyOutputPermissionsAdditionalProperty",
    "FullAgentPolicyOutputs",
    "FullAgentPolicyOutputsAdditionalProperty",
    "FullAgentPolicyOutputsAdditionalPropertyProxyHeadersType0",
    "FullAgentPolicyProcessors",
    "FullAgentPolicyReceivers",
    "FullAgentPolicyService",
    "FullAgentPolicyServicePipelines",
    "FullAgentPolicyServicePipelinesAdditionalProperty",
    "FullAgentPolicySigned",
    "GetFleetAgentDownloadSourcesResponse200",
    "GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200",
    "GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200CurrentVersionsItem",
    "GetFleetAgentPoliciesAgentpolicyidFormat",
    "GetFleetAgentPoliciesAgentpolicyidFullResponse200",
    "GetFleetAgentPoliciesAgentpolicyidOutputsResponse200",
    "GetFleetAgentPoliciesFormat",
    "GetFleetAgentPoliciesResponse200",
    "GetFleetAgentPoliciesSortOrder",
    "GetFleetAgentStatusDataResponse200",
    "GetFleetAgentStatusDataResponse200ItemsItem",
    "GetFleetAgentStatusDataResponse200ItemsItemAdditionalProperty",
    "GetFleetAgentStatusResponse200",
    "GetFleetAgentsActionStatusResponse200",
    "GetFleetAgentsAgentidUploadsResponse200",
    "GetFleetAgentsAgentidUploadsResponse200ItemsItem",
    "GetFleetAgentsAgentidUploadsResponse200ItemsItemStatus",
    "GetFleetAgentsFilesFileidFilenameResponse200",
    "GetFleetAgentsResponse200",
    "GetFleetAgentsResponse200StatusSummary",
    "GetFleetAgentsSetupResponse200",
    "GetFleetAgentsSetupResponse200MissingOptionalFeaturesItem",
    "GetFleetAgentsSetupResponse200MissingRequirementsItem",
    "GetFleetAgentsSortOrder",
    "GetFleetCheckPermissionsResponse200",
    "GetFleetCheckPermissionsResponse200Error",
    "GetFleetCloudConnectorsResponse200",
    "GetFleetDataStreamsResponse200",
    "GetFleetDataStreamsResponse200DataStreamsItem",
    "GetFleetDataStreamsResponse200DataStreamsItemDashboardsItem",
    "GetFleetDataStreamsResponse200DataStreamsItemServiceDetailsType0",
    "GetFleetEnrollmentApiKeysKeyidResponse200",
    "GetFleetEnrollmentApiKeysResponse200",
    "GetFleetEpmCategoriesResponse200",
    "GetFleetEpmCategoriesResponse200ItemsItem",
    "GetFleetEpmDataStreamsResponse200",
    "GetFleetEpmDataStreamsResponse200ItemsItem",
    "GetFleetEpmDataStreamsSortOrder",
    "GetFleetEpmDataStreamsType",
    "GetFleetEpmPackagesBulkUpgradeTaskidResponse200",
    "GetFleetEpmPackagesBulkUpgradeTaskidResponse200ResultItem",
    "GetFleetEpmPackagesInstalledDataStreamType",
    "GetFleetEpmPackagesInstalledResponse200",
    "GetFleetEpmPackagesInstalledResponse200ItemsItem",
    "GetFleetEpmPackagesInstalledResponse200ItemsItemDataStreamsItem",
    "GetFleetEpmPackagesInstalledSortOrder",
    "GetFleetEpmPackagesPkgnameResponse200",
    "GetFleetEpmPackagesPkgnameResponse200Metadata",
    "GetFleetEpmPackagesPkgnameStatsResponse200",
    "GetFleetEpmPackagesPkgnameStatsResponse200Response",
    "GetFleetEpmPackagesResponse200",
    "GetFleetEpmTemplatesPkgnamePkgversionInputsFormat",
    "GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1",
    "GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1InputsItem",
    "GetFleetEpmVerificationKeyIdResponse200",
    "GetFleetFleetServerHostsResponse200",
    "GetFleetKubernetesResponse200",
    "GetFleetOutputsOutputidHealthResponse200",
    "GetFleetOutputsResponse200",
    "GetFleetPackagePoliciesFormat",
    "GetFleetPackagePoliciesPackagepolicyidFormat",
    "GetFleetPackagePoliciesResponse200",
    "GetFleetPackagePoliciesSortOrder",
    "GetFleetProxiesResponse200",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssets",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssetsAdditionalProperty",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssetsAdditionalPropertySyncStatus",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItem",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItemInstallStatus",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItemSyncStatus",
    "GetFleetRemoteSyncedIntegrationsStatusResponse200Warning",
    "GetFleetSpaceSettingsResponse200Item",
    "GetFleetSpaceSettingsResponse200ItemResponse",
    "GetFleetUninstallTokensResponse200",
    "GetFleetUninstallTokensUninstalltokenidResponse200",
    "InstalledElasticsearchAsset",
    "InstalledElasticsearchAssetType",
    "InstalledKibanaAsset",
    "InstalledKibanaAsset2",
    "InstalledKibanaAsset2TypeType0",
    "InstalledKibanaAssetTypeType0",
    "KibanaError",
    "MessageResponse",
    "NewOutputElasticsearch",
    "NewOutputElasticsearchPreset",
    "NewOutputElasticsearchType",
    "NewOutputKafka",
    "NewOutputKafkaAuthType",
    "NewOutputKafkaCompression",
    "NewOutputKafkaHash",
    "NewOutputKafkaHeaderItem",
    "NewOutputKafkaPartition",
    "NewOutputKafkaRandom",
    "NewOutputKafkaRequiredAcks",
    "NewOutputKafkaSasl",
    "NewOutputKafkaSaslMechanism",
    "NewOutputKafkaSecrets",
    "NewOutputKafkaSecretsSsl",
    "NewOutputKafkaSecretsSslKeyType0",
    "NewOutputKafkaType",
    "NewOutputLogstash",
    "NewOutputLogstashSecrets",
    "NewOutputLogstashSecretsSsl",
    "NewOutputLogstashType",
    "NewOutputRemoteElasticsearch",
    "NewOutputRemoteElasticsearchPreset",
    "NewOutputRemoteElasticsearchSecrets",
    "NewOutputRemoteElasticsearchType",
    "NewOutputShipperType0",
    "NewOutputSslType0",
    "NewOutputSslType0VerificationMode",
    "OutputElasticsearch",
    "OutputElasticsearchPreset",
    "OutputElasticsearchType",
    "OutputKafka",
    "OutputKafkaAuthType",
    "OutputKafkaCompression",
    "OutputKafkaHash",
    "OutputKafkaHeadersItem",
    "OutputKafkaPartition",
    "OutputKafkaRandom",
    "OutputKafkaRequiredAcks",
    "OutputKafkaSaslType0",
    "OutputKafkaSaslType0Mechanism",
    "OutputKafkaSecrets",
    "OutputKafkaSecretsSsl",
    "OutputKafkaSecretsSslKeyType0",
    "OutputKafkaType",
    "OutputLogstash",
    "OutputLogstashSecrets",
    "OutputLogstashType",
    "OutputRemoteElasticsearch",
    "OutputRemoteElasticsearchPreset",
    "OutputRemoteElasticsearchSecrets",
    "OutputRemoteElasticsearchType",
    "OutputResponse",
    "OutputShipperType0",
    "OutputSslType0",
    "OutputSslType0VerificationMode",
    "PackageInfo",
    "PackageInfoAgent",
    "PackageInfoAgentPrivileges",
    "PackageInfoAssetTagsItem",
    "PackageInfoAssets",
    "PackageInfoConditions",
    "PackageInfoConditionsElastic",
    "PackageInfoConditionsKibana",
    "PackageInfoDataStreamsItem",
    "PackageInfoDiscovery",
    "PackageInfoDiscoveryFieldItem",
    "PackageInfoElasticsearch",
    "PackageInfoIconItem",
    "PackageInfoInstallationInfo",
    "PackageInfoInstallationInfoAdditionalSpacesInstalledKibana",
    "PackageInfoInstallationInfoExperimentalDataStreamFeaturesItem",
    "PackageInfoInstallationInfoExperimentalDataStreamFeaturesItemFeatures",
    "PackageInfoInstallationInfoInstallSource",
    "PackageInfoInstallationInfoInstallStatus",
    "PackageInfoInstallationInfoInstalledEsItem",
    "PackageInfoInstallationInfoInstalledEsItemType",
    "PackageInfoInstallationInfoLatestExecutedState",
    "PackageInfoInstallationInfoLatestInstallFailedAttemptsItem",
    "PackageInfoInstallationInfoLatestInstallFailedAttemptsItemError",
    "PackageInfoInstallationInfoVerificationStatus",
    "PackageInfoOwner",
    "PackageInfoOwnerType",
    "PackageInfoPolicyTemplatesItem",
    "PackageInfoRelease",
    "PackageInfoResponse",
    "PackageInfoScreenshotItem",
    "PackageInfoSource",
    "PackageInfoTypeType0",
    "PackageInfoTypeType1",
    "PackageInfoTypeType2",
    "PackageInfoVarsItem",
    "PackageListItem",
    "PackageListItemDataStreamsItem",
    "PackageListItemPolicyTemplatesItem",
    "PackageListItemRelease",
    "PackageListItemTypeType0",
    "PackageListItemTypeType1",
    "PackageListItemTypeType2",
    "PackageListItemVarsItem",
    "PackagePolicy",
    "PackagePolicyConfig",
    "PackagePolicyConfigEntry",
    "PackagePolicyDataStream",
    "PackagePolicyDataStreamElasticsearch",
    "PackagePolicyElasticsearch",
    "PackagePolicyElasticsearchPrivileges",
    "PackagePolicyInput",
    "PackagePolicyInputsType1",
    "PackagePolicyOverrides",
    "PackagePolicyOverridesInputs",
    "PackagePolicyPackage",
    "PackagePolicyPackageExperimentalDataStreamFeatureItem",
    "PackagePolicyPackageExperimentalDataStreamFeatureItemFeatures",
    "PackagePolicyRequest",
    "PackagePolicyRequestInputsType1",
    "PackagePolicyRequestPackage",
    "PackagePolicyRequestPackageExperimentalDataStreamFeatureItem",
    "PackagePolicyResponse",
    "PackagePolicySecretRef",
    "PackagePolicyStream",
    "PackagePolicyVar",
    "PackagePolicyVars",
    "PostFleetAgentDownloadSourcesBody",
    "PostFleetAgentPoliciesAgentpolicyidCopyBody",
    "PostFleetAgentPoliciesAgentpolicyidCopyFormat",
    "PostFleetAgentPoliciesBulkGetBody",
    "PostFleetAgentPoliciesBulkGetFormat",
    "PostFleetAgentPoliciesBulkGetResponse200",
    "PostFleetAgentPoliciesDeleteBody",
    "PostFleetAgentPoliciesOutputsBody",
    "PostFleetAgentPoliciesOutputsResponse200",
    "PostFleetAgentPoliciesOutputsResponse200ItemItem",
    "PostFleetAgentPoliciesOutputsResponse200ItemItemData",
    "PostFleetAgentPoliciesOutputsResponse200ItemItemDataIntegrationsItem",
    "PostFleetAgentPoliciesOutputsResponse200ItemItemMonitoring",
    "PostFleetAgentlessPoliciesBody",
    "PostFleetAgentlessPoliciesBodyInputs",
    "PostFleetAgentlessPoliciesBodyInputsAdditionalProperty",
    "PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreams",
    "PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalProperty",
    "PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalPropertyVars",
    "PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyVars",
    "PostFleetAgentlessPoliciesBodyVars",
    "PostFleetAgentlessPoliciesFormat",
    "PostFleetAgentsAgentidActionsBody",
    "PostFleetAgentsAgentidActionsBodyActionType0",
    "PostFleetAgentsAgentidActionsBodyActionType0Type",
    "PostFleetAgentsAgentidActionsBodyActionType1",
    "PostFleetAgentsAgentidActionsBodyActionType1Data",
    "PostFleetAgentsAgentidActionsBodyActionType1DataLogLevel",
    "PostFleetAgentsAgentidActionsBodyActionType1Type",
    "PostFleetAgentsAgentidActionsResponse200Item",
    "PostFleetAgentsAgentidActionsResponse200ItemResponse",
    "PostFleetAgentsAgentidMigrateBody",
    "PostFleetAgentsAgentidMigrateBodySettings",
    "PostFleetAgentsAgentidMigrateBodySettingsHeaders",
    "PostFleetAgentsAgentidMigrateBodySettingsProxyHeaders",
    "PostFleetAgentsAgentidReassignBody",
    "PostFleetAgentsAgentidReassignResponse200",
    "PostFleetAgentsAgentidRequestDiagnosticsBodyType0",
    "PostFleetAgentsAgentidRequestDiagnosticsBodyType0AdditionalMetricsItem",
    "PostFleetAgentsAgentidUnenrollBodyType0",
    "PostFleetAgentsAgentidUnenrollResponse200",
    "PostFleetAgentsAgentidUpgradeBody",
    "PostFleetAgentsAgentidUpgradeResponse200",
    "PostFleetAgentsBody",
    "PostFleetAgentsBulkMigrateBody",
    "PostFleetAgentsBulkMigrateBodySettings",
    "PostFleetAgentsBulkMigrateBodySettingsHeaders",
    "PostFleetAgentsBulkMigrateBodySettingsProxyHeaders",
    "PostFleetAgentsBulkReassignBody",
    "PostFleetAgentsBulkRequestDiagnosticsBody",
    "PostFleetAgentsBulkRequestDiagnosticsBodyAdditionalMetricsItem",
    "PostFleetAgentsBulkUnenrollBody",
    "PostFleetAgentsBulkUpdateAgentTagsBody",
    "PostFleetAgentsBulkUpgradeBody",
    "PostFleetAgentsResponse200",
    "PostFleetCloudConnectorsBody",
    "PostFleetCloudConnectorsBodyCloudProvider",
    "PostFleetCloudConnectorsBodyVars",
    "PostFleetCloudConnectorsResponse200Item",
    "PostFleetCloudConnectorsResponse200ItemResponse",
    "PostFleetCloudConnectorsResponse200ItemVars",
    "PostFleetEnrollmentApiKeysBody",
    "PostFleetEnrollmentApiKeysResponse200",
    "PostFleetEnrollmentApiKeysResponse200Action",
    "PostFleetEpmBulkAssetsBody",
    "PostFleetEpmBulkAssetsBodyAssetIdsItem",
    "PostFleetEpmBulkAssetsResponse200",
    "PostFleetEpmBulkAssetsResponse200ItemsItem",
    "PostFleetEpmBulkAssetsResponse200ItemsItemAttributes",
    "PostFleetEpmCustomIntegrationsBody",
    "PostFleetEpmCustomIntegrationsBodyDatasetsItem",
    "PostFleetEpmCustomIntegrationsBodyDatasetsItemType",
    "PostFleetEpmPackagesBulkBody",
    "PostFleetEpmPackagesBulkBodyPackagesItemType1",
    "PostFleetEpmPackagesBulkResponse200",
    "PostFleetEpmPackagesBulkResponse200ItemsItemType0",
    "PostFleetEpmPackagesBulkResponse200ItemsItemType0Result",
    "PostFleetEpmPackagesBulkResponse200ItemsItemType0ResultStatus",
    "PostFleetEpmPackagesBulkResponse200ItemsItemType1",
    "PostFleetEpmPackagesBulkRollbackBody",
    "PostFleetEpmPackagesBulkRollbackBodyPackagesItem",
    "PostFleetEpmPackagesBulkUninstallBody",
    "PostFleetEpmPackagesBulkUninstallBodyPackagesItem",
    "PostFleetEpmPackagesBulkUpgradeBody",
    "PostFleetEpmPackagesBulkUpgradeBodyPackagesItem",
    "PostFleetEpmPackagesPkgnameBodyType0",
    "PostFleetEpmPackagesPkgnamePkgversionBodyType0",
    "PostFleetEpmPackagesPkgnamePkgversionKibanaAssetsBodyType0",
    "PostFleetEpmPackagesPkgnamePkgversionRuleAssetsBodyType0",
    "PostFleetEpmPackagesPkgnamePkgversionTransformsAuthorizeBody",
    "PostFleetEpmPackagesPkgnamePkgversionTransformsAuthorizeBodyTransformsItem",
    "PostFleetEpmPackagesPkgnamePkgversionTransformsAuthorizeResponse200Item",
    "PostFleetEpmPackagesPkgnameRollbackResponse200",
    "PostFleetEpmPackagesResponse200",
    "PostFleetEpmPackagesResponse200Meta",
    "PostFleetFleetServerHostsBody",
    "PostFleetHealthCheckBody",
    "PostFleetHealthCheckResponse200",
    "PostFleetLogstashApiKeysResponse200",
    "PostFleetPackagePoliciesBulkGetBody",
    "PostFleetPackagePoliciesBulkGetFormat",
    "PostFleetPackagePoliciesBulkGetResponse200",
    "PostFleetPackagePoliciesDeleteBody",
    "PostFleetPackagePoliciesDeleteResponse200Item",
    "PostFleetPackagePoliciesFormat",
    "PostFleetPackagePoliciesUpgradeBody",
    "PostFleetPackagePoliciesUpgradeDryrunBody",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200Item",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItem",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItemStreamsItem",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1ErrorsItem",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItem",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemConfig",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItem",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemConfig",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStream",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearch",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearchPrivileges",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemRelease",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemVars",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemVars",
    "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1Vars",
    "PostFleetPackagePoliciesUpgradeResponse200Item",
    "PostFleetProxiesBody",
    "PostFleetProxiesBodyProxyHeadersType0",
    "PostFleetServiceTokensBodyType0",
    "PostFleetServiceTokensResponse200",
    "PostFleetSetupResponse200",
    "PostFleetSetupResponse200NonFatalErrorsItem",
    "Proxy",
    "ProxyProxyHeadersType0",
    "ProxyResponse",
    "PutFleetAgentDownloadSourcesSourceidBody",
    "PutFleetAgentPoliciesAgentpolicyidFormat",
    "PutFleetAgentsAgentidBody",
    "PutFleetAgentsAgentidBodyUserProvidedMetadata",
    "PutFleetCloudConnectorsCloudconnectoridBody",
    "PutFleetCloudConnectorsCloudconnectoridBodyVars",
    "PutFleetEpmCustomIntegrationsPkgnameBody",
    "PutFleetEpmPackagesPkgnameBody",
    "PutFleetEpmPackagesPkgnamePkgversionBody",
    "PutFleetFleetServerHostsItemidBody",
    "PutFleetPackagePoliciesPackagepolicyidFormat",
    "PutFleetProxiesItemidBody",
    "PutFleetProxiesItemidBodyProxyHeadersType0",
    "PutFleetSettingsBody",
    "PutFleetSettingsBodyDeleteUnenrolledAgents",
    "PutFleetSpaceSettingsBody",
    "SecretReference",
    "SimplifiedPackagePolicyInput",
    "SimplifiedPackagePolicyInputStreams",
    "SimplifiedPackagePolicyStream",
    "SimplifiedVars",
    "SuccessResponse",
    "TaskResponse",
    "TypedVar",
    "TypedVar2",
    "TypedVarValueType1",
    "UninstallToken",
    "UninstallTokenMetadata",
    "UpdateOutputElasticsearch",
    "UpdateOutputElasticsearchPreset",
    "UpdateOutputElasticsearchType",
    "UpdateOutputKafka",
    "UpdateOutputKafkaAuthType",
    "UpdateOutputKafkaCompression",
    "UpdateOutputKafkaPartition",
    "UpdateOutputKafkaRequiredAcks",
    "UpdateOutputKafkaType",
    "UpdateOutputLogstash",
    "UpdateOutputLogstashType",
    "UpdateOutputRemoteElasticsearch",
    "UpdateOutputRemoteElasticsearchPreset",
    "UpdateOutputRemoteElasticsearchType",
    "UpdateOutputShipperType0",
    "UpdateOutputSslType0",
    "UpdateOutputSslType0VerificationMode",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
